package org.eaihub.crm.order;

/** A key was used before for something else: an idempotency key for another request, an event id for another order. */
public class OrderConflictException extends RuntimeException {

    public OrderConflictException(String message) {
        super(message);
    }
}
