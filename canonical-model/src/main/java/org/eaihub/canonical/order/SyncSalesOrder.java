package org.eaihub.canonical.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/**
 * Broadcast of a sales order after its status or content changed (order-status tracking). Receivers keep the record
 * with the highest {@link SalesOrder#version()}.
 */
public record SyncSalesOrder(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid SalesOrder salesOrder) implements CanonicalMessage {
}
