package org.eaihub.crm.order;

import org.eaihub.canonical.order.SalesOrderStatus;

/**
 * Where an order is. The CRM sets {@code CAPTURED}; the hub reports the rest as the order-to-cash saga moves on.
 * The main path is in declaration order up to {@code COMPLETED}; {@code REJECTED} and {@code CANCELLED} are ends
 * off it.
 */
public enum OrderStatus {
    CAPTURED, CREDIT_CHECKED, CONFIRMED, BACKORDERED, RESERVED, SHIPPED, INVOICED, COMPLETED, REJECTED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }

    boolean onMainPath() {
        return ordinal() <= COMPLETED.ordinal();
    }

    /** The canonical model calls a freshly taken order {@code RECEIVED}; every other status has the same name. */
    public SalesOrderStatus toCanonical() {
        return this == CAPTURED ? SalesOrderStatus.RECEIVED : SalesOrderStatus.valueOf(name());
    }
}
