package org.eaihub.hub.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order's saga is. The states the hub moves through on its own (it calls the ERP or sends a command and
 * moves on) are {@link #immediate()}; in the others it waits for the SCM or for a deadline.
 */
public enum SagaState {
    /** Taken from {@code hub.order.intake}; next: the ERP's credit check. */
    RECEIVED,
    /** The ERP approved the customer's credit for the order; next: the ERP sales order. */
    CREDIT_CHECKED,
    /** The ERP holds the sales order; next: ask the SCM for a reservation. */
    CONFIRMED,
    /** Waiting for the SCM's reservation outcome. */
    RESERVING,
    /** Stock was missing and the policy is to wait; the reservation is retried until the backorder deadline. */
    BACKORDERED,
    /** The SCM holds the stock; next: ask it to ship. */
    RESERVED,
    /** Waiting for the SCM to accept and dispatch the shipments. */
    SHIPPING,
    /** Every shipment left its warehouse; next: goods issue and billing in the ERP. */
    SHIPPED,
    /** The ERP billed the order; next: report completion. */
    INVOICED,
    /** Compensating: release what the SCM holds and cancel the ERP order, then CANCELLED. */
    CANCELLING,
    COMPLETED,
    REJECTED,
    CANCELLED;

    private static final Set<SagaState> IMMEDIATE = EnumSet.of(RECEIVED, CREDIT_CHECKED, CONFIRMED, RESERVED, SHIPPED,
            INVOICED, CANCELLING);
    private static final Set<SagaState> TERMINAL = EnumSet.of(COMPLETED, REJECTED, CANCELLED);

    public boolean immediate() {
        return IMMEDIATE.contains(this);
    }

    public boolean terminal() {
        return TERMINAL.contains(this);
    }

    /** Before the SCM was asked to ship, an order can still be cancelled. */
    public boolean cancellable() {
        return !terminal() && this != SHIPPED && this != INVOICED;
    }
}
