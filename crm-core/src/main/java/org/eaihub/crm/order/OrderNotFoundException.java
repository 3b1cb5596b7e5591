package org.eaihub.crm.order;

public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String orderNumber) {
        super("No order " + orderNumber);
    }
}
