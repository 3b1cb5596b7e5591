package org.eaihub.canonical.customer;

/** Whether business with the customer is allowed. */
public enum CustomerStatus {
    ACTIVE,
    INACTIVE,
    /** No new business; {@link Customer#statusReason()} says why. */
    BLACKLISTED
}
