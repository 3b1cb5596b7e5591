package org.eaihub.canonical.customer;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eaihub.canonical.common.SystemCode;

/**
 * Which system contributed to an aggregated view, and how current its part is.
 *
 * @param system       the system asked
 * @param availability whether it answered
 * @param asOf         when its answer was produced (absent when it did not answer)
 */
public record SourceStatus(
        @NotNull SystemCode system,
        @NotNull SourceAvailability availability,
        Instant asOf) {
}
