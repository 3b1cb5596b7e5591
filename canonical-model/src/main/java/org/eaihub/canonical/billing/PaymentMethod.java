package org.eaihub.canonical.billing;

/** How a payment was made. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CARD,
    ONLINE_PAYMENT,
    CASH_ON_DELIVERY,
    PREPAID_ACCOUNT,
    OTHER
}
