package org.eaihub.crm.customer;

/** The change cannot apply to the record as it is now: a stale version, or a record merged away. */
public class CustomerConflictException extends RuntimeException {

    public CustomerConflictException(String message) {
        super(message);
    }
}
