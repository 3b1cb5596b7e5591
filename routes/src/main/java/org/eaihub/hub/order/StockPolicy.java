package org.eaihub.hub.order;

/** What an order whose stock is missing becomes ({@code eaihub.hub.order.stock-policy}). */
public enum StockPolicy {
    /** Wait: release what was held, retry the reservation every retry interval until the backorder deadline. */
    BACKORDER,
    /** Cancel at once: release what was held, cancel the ERP order. */
    CANCEL
}
