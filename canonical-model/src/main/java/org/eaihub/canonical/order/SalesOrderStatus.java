package org.eaihub.canonical.order;

/**
 * The lifecycle of a sales order across CRM, ERP and SCM:
 * {@code RECEIVED → CREDIT_CHECKED → CONFIRMED → RESERVED | BACKORDERED → SHIPPED → INVOICED → COMPLETED}, with
 * {@code REJECTED} (e.g. failed credit check) and {@code CANCELLED} as ends.
 */
public enum SalesOrderStatus {
    RECEIVED,
    CREDIT_CHECKED,
    REJECTED,
    CONFIRMED,
    RESERVED,
    BACKORDERED,
    SHIPPED,
    INVOICED,
    COMPLETED,
    CANCELLED
}
