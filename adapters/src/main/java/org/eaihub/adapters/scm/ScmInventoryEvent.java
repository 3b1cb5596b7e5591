package org.eaihub.adapters.scm;

import java.time.Instant;

/** What the hub reads from the SCM's {@code scm.inventory.changed}: the fields its flows use, checked. */
public sealed interface ScmInventoryEvent {

    String TOPIC = "scm.inventory.changed";

    String eventId();

    Instant occurredAt();

    String sku();

    String warehouse();

    /** The levels of one SKU in one warehouse after a change, and the SKU's total over every warehouse. */
    record InventoryChanged(String eventId, Instant occurredAt, String sku, String warehouse, long revision,
            long available, long totalAvailable) implements ScmInventoryEvent {
    }

    /**
     * Stock of a SKU in a warehouse fell below its reorder point: {@code quantity} more is wanted. {@code supplier}
     * is null: the SCM's contract names none today, the hub decides ({@code eaihub.hub.replenishment.*}).
     */
    record ReplenishmentDemand(String eventId, Instant occurredAt, String demandId, String sku, String warehouse,
            long quantity, String supplier) implements ScmInventoryEvent {
    }
}
