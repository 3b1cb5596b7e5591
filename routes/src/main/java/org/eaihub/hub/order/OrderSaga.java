package org.eaihub.hub.order;

import java.time.Instant;

/**
 * One order's saga as the hub's database holds it ({@code order_saga}).
 *
 * @param attempt          the reservation attempt (1, 2, ... after a backorder or an expired hold); part of the
 *                         request ids sent to the SCM
 * @param resends          how often the current state's command was sent again because its deadline passed
 * @param deadlineSeq      grows with every new deadline: a timeout message names the deadline it was raised for
 * @param shipmentsAccepted whether the SCM accepted the shipment request (then the order can no longer be
 *                         cancelled by the hub)
 * @param overdue          the SCM accepted the shipment but did not dispatch it in time: the order waits, flagged
 */
public record OrderSaga(String orderNumber, String customerId, String erpCustomer, String shipToParty,
        SagaState state, int attempt, int resends, String erpOrder, String invoiceNumber, String trackingNumber,
        String reason, String orderJson, String correlationId, Instant deadlineAt, int deadlineSeq,
        Instant backorderUntil, boolean shipmentsAccepted, boolean overdue, Instant createdAt, Instant updatedAt) {

    public String requestId(String step) {
        return "hub:" + orderNumber + ":" + step;
    }

    public String reservationRequestId() {
        return requestId("reserve:" + attempt);
    }

    public String releaseRequestId() {
        return requestId("release:" + attempt);
    }

    public String shipmentRequestId() {
        return requestId("ship:" + attempt);
    }

    /** The saga's fields, to change some of them: {@code saga.change(m -> m.state = SagaState.RESERVED)}. */
    public static final class Fields {
        public String orderNumber;
        public String customerId;
        public String erpCustomer;
        public String shipToParty;
        public SagaState state;
        public int attempt;
        public int resends;
        public String erpOrder;
        public String invoiceNumber;
        public String trackingNumber;
        public String reason;
        public String orderJson;
        public String correlationId;
        public Instant deadlineAt;
        public int deadlineSeq;
        public Instant backorderUntil;
        public boolean shipmentsAccepted;
        public boolean overdue;
        public Instant createdAt;
        public Instant updatedAt;
    }

    public OrderSaga change(java.util.function.Consumer<Fields> change) {
        Fields m = new Fields();
        m.orderNumber = orderNumber;
        m.customerId = customerId;
        m.erpCustomer = erpCustomer;
        m.shipToParty = shipToParty;
        m.state = state;
        m.attempt = attempt;
        m.resends = resends;
        m.erpOrder = erpOrder;
        m.invoiceNumber = invoiceNumber;
        m.trackingNumber = trackingNumber;
        m.reason = reason;
        m.orderJson = orderJson;
        m.correlationId = correlationId;
        m.deadlineAt = deadlineAt;
        m.deadlineSeq = deadlineSeq;
        m.backorderUntil = backorderUntil;
        m.shipmentsAccepted = shipmentsAccepted;
        m.overdue = overdue;
        m.createdAt = createdAt;
        m.updatedAt = updatedAt;
        change.accept(m);
        return new OrderSaga(m.orderNumber, m.customerId, m.erpCustomer, m.shipToParty, m.state, m.attempt,
                m.resends, m.erpOrder, m.invoiceNumber, m.trackingNumber, m.reason, m.orderJson, m.correlationId,
                m.deadlineAt, m.deadlineSeq, m.backorderUntil, m.shipmentsAccepted, m.overdue, m.createdAt,
                m.updatedAt);
    }
}
