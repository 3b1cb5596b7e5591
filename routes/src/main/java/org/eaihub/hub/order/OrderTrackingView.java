package org.eaihub.hub.order;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import org.eaihub.canonical.order.SalesOrderStatus;

/**
 * An order as Order Watch shows it, over REST (JSON) and SOAP (the same fields): the canonical status, the saga's
 * own state, the numbers the systems gave the order, its shipments and every step so far with its time. Times are
 * ISO-8601 instants.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderTracking", namespace = OrderTracking.NAMESPACE)
public class OrderTrackingView {

    public String orderNumber;
    public String customerId;
    /** The canonical status ({@link SalesOrderStatus}). */
    public String status;
    /** The saga's state ({@link SagaState}), finer than the status: RESERVING, SHIPPING, CANCELLING, ... */
    public String sagaState;
    public String reason;
    public String erpOrderNumber;
    public String invoiceNumber;
    public String trackingNumber;
    public boolean overdue;
    public String nextDeadline;
    public String createdAt;
    public String updatedAt;
    @XmlElement(name = "shipment")
    public List<ShipmentView> shipments = new ArrayList<>();
    @XmlElement(name = "step")
    public List<StepView> steps = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderTrackingShipment", namespace = OrderTracking.NAMESPACE)
    public static class ShipmentView {
        public String shipmentId;
        public String warehouse;
        public String carrier;
        public String trackingNumber;
        public boolean dispatched;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderTrackingStep", namespace = OrderTracking.NAMESPACE)
    public static class StepView {
        public String step;
        public String sagaState;
        public String detail;
        public String at;
    }

    public static SalesOrderStatus statusOf(SagaState state) {
        return switch (state) {
            case RECEIVED -> SalesOrderStatus.RECEIVED;
            case CREDIT_CHECKED -> SalesOrderStatus.CREDIT_CHECKED;
            case CONFIRMED, RESERVING -> SalesOrderStatus.CONFIRMED;
            case BACKORDERED -> SalesOrderStatus.BACKORDERED;
            case RESERVED, SHIPPING -> SalesOrderStatus.RESERVED;
            case SHIPPED -> SalesOrderStatus.SHIPPED;
            case INVOICED -> SalesOrderStatus.INVOICED;
            case COMPLETED -> SalesOrderStatus.COMPLETED;
            case REJECTED -> SalesOrderStatus.REJECTED;
            case CANCELLING, CANCELLED -> SalesOrderStatus.CANCELLED;
        };
    }

    static OrderTrackingView of(OrderSaga saga, List<OrderSagaStore.Shipment> shipments,
            List<OrderSagaStore.Step> steps) {
        OrderTrackingView view = new OrderTrackingView();
        view.orderNumber = saga.orderNumber();
        view.customerId = saga.customerId();
        view.status = statusOf(saga.state()).name();
        view.sagaState = saga.state().name();
        view.reason = saga.reason();
        view.erpOrderNumber = saga.erpOrder();
        view.invoiceNumber = saga.invoiceNumber();
        view.trackingNumber = saga.trackingNumber();
        view.overdue = saga.overdue();
        view.nextDeadline = saga.deadlineAt() == null ? null : saga.deadlineAt().toString();
        view.createdAt = saga.createdAt().toString();
        view.updatedAt = saga.updatedAt().toString();
        for (OrderSagaStore.Shipment s : shipments) {
            ShipmentView v = new ShipmentView();
            v.shipmentId = s.shipmentId();
            v.warehouse = s.warehouse();
            v.carrier = s.carrier();
            v.trackingNumber = s.trackingNumber();
            v.dispatched = s.dispatched();
            view.shipments.add(v);
        }
        for (OrderSagaStore.Step s : steps) {
            StepView v = new StepView();
            v.step = s.step();
            v.sagaState = s.state().name();
            v.detail = s.detail();
            v.at = s.at().toString();
            view.steps.add(v);
        }
        return view;
    }
}
