package org.eaihub.canonical.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/**
 * Command to the SCM to reserve (status {@code REQUESTED}) or release (status {@code RELEASED}) stock for a sales
 * order; answered by {@link AcknowledgeReservation}.
 */
public record ProcessReservation(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid Reservation reservation) implements CanonicalMessage {
}
