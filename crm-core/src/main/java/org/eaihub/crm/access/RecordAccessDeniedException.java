package org.eaihub.crm.access;

/** A user tried to read or change a restricted record that is not theirs; the attempt is audited. */
public class RecordAccessDeniedException extends RuntimeException {

    public RecordAccessDeniedException(String customerId) {
        super("Customer " + customerId + " is restricted to its owner, team and named staff");
    }
}
