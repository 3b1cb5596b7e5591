package org.eaihub.canonical.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/** Command to process (credit-check, confirm, fulfil) a new sales order; answered by {@link AcknowledgeSalesOrder}. */
public record ProcessSalesOrder(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid SalesOrder salesOrder) implements CanonicalMessage {
}
