package org.eaihub.canonical.inventory;

/** Where a stock reservation stands. */
public enum ReservationStatus {
    /** Asked for, not yet answered. */
    REQUESTED,
    /** Every line reserved in full. */
    RESERVED,
    /** Some quantity reserved, the rest back-ordered; see each line's reserved quantity. */
    PARTIALLY_RESERVED,
    /** Nothing reserved yet; expected later. */
    BACKORDERED,
    /** Refused, e.g. unknown SKU. */
    REJECTED,
    /** Given back, e.g. after the order was cancelled. */
    RELEASED
}
