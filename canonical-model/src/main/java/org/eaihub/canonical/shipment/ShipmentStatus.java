package org.eaihub.canonical.shipment;

/** Where a shipment stands. */
public enum ShipmentStatus {
    /** Asked for, not yet picked. */
    REQUESTED,
    PICKING,
    /** Handed to the carrier. */
    SHIPPED,
    IN_TRANSIT,
    DELIVERED,
    RETURNED,
    CANCELLED
}
