package org.eaihub.crm.customer;

public class CustomerNotFoundException extends RuntimeException {

    public CustomerNotFoundException(String id) {
        super("No customer " + id);
    }
}
