package org.eaihub.canonical.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/** Payment notification from the ERP: a customer payment was received. */
public record SyncPayment(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid Payment payment) implements CanonicalMessage {
}
