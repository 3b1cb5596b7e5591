package org.eaihub.canonical.billing;

/** Where an invoice stands in accounts receivable. */
public enum InvoiceStatus {
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    CANCELLED
}
