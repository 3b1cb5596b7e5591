package org.eaihub.canonical.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eaihub.canonical.common.Reason;
import org.eaihub.canonical.common.SystemCode;

/**
 * Which system contributed to an aggregated view, and how current its part is.
 *
 * @param system       the system asked
 * @param availability whether it answered
 * @param asOf         when its answer was produced (absent when it did not answer)
 * @param reason       why it did not answer (absent when it did): {@code TIMEOUT}, {@code UNREACHABLE},
 *                     {@code ERROR} or {@code NO_CROSS_REFERENCE} (the customer has no id in that system)
 */
public record SourceStatus(
        @NotNull SystemCode system,
        @NotNull SourceAvailability availability,
        Instant asOf,
        @Valid Reason reason) {
}
