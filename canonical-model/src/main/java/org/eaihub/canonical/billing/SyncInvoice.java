package org.eaihub.canonical.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/** Broadcast of an invoice by the ERP when it is issued or its status changes. */
public record SyncInvoice(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid Invoice invoice) implements CanonicalMessage {
}
