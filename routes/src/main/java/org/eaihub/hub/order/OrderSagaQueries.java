package org.eaihub.hub.order;

import java.util.Optional;

/** Read-only views of the sagas, for Order Watch (REST and SOAP). */
public class OrderSagaQueries {

    private final OrderSagaStore store;

    public OrderSagaQueries(OrderSagaStore store) {
        this.store = store;
    }

    public Optional<OrderTrackingView> tracking(String orderNumber) {
        return store.find(orderNumber).map(saga -> OrderTrackingView.of(saga, store.shipments(orderNumber),
                store.steps(orderNumber)));
    }
}
