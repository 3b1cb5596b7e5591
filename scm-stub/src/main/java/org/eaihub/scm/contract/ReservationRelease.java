package org.eaihub.scm.contract;

/**
 * Release the order's held reservation.
 *
 * @param reason  why, as the hub says it ({@code ORDER_CANCELLED}); echoed in the event
 */
public record ReservationRelease(String type, int schemaVersion, String requestId, String orderRef, String reason)
        implements ScmCommand {

    @Override
    public String reference() {
        return orderRef;
    }
}
