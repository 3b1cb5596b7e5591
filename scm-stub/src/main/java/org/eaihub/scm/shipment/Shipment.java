package org.eaihub.scm.shipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One parcel from one warehouse: PLANNED, then DISPATCHED, then DELIVERED, each step with its time. */
@Entity
@Table(name = "shipment")
public class Shipment {

    public enum Status { PLANNED, DISPATCHED, DELIVERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shipment_id", nullable = false)
    private String shipmentId;
    @Column(name = "order_ref", nullable = false)
    private String orderRef;
    @Column(name = "reservation_pk", nullable = false)
    private Long reservationPk;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    @Column(nullable = false)
    private String warehouse;
    @Column(nullable = false)
    private String carrier;
    @Column(name = "tracking_number", nullable = false)
    private String trackingNumber;
    @Column(name = "service_level", nullable = false)
    private String serviceLevel;
    @Column(name = "ship_to_party", nullable = false)
    private String shipToParty;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "dispatch_due_at", nullable = false)
    private Instant dispatchDueAt;
    @Column(name = "dispatched_at")
    private Instant dispatchedAt;
    @Column(name = "delivery_due_at")
    private Instant deliveryDueAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "shipment_pk", nullable = false)
    @OrderBy("lineNo")
    private List<ShipmentLine> lines = new ArrayList<>();

    protected Shipment() {
    }

    Shipment(String shipmentId, String orderRef, Long reservationPk, String requestId, String warehouse,
            String carrier, String trackingNumber, String serviceLevel, String shipToParty, String correlationId,
            Instant createdAt, Instant dispatchDueAt) {
        this.shipmentId = shipmentId;
        this.orderRef = orderRef;
        this.reservationPk = reservationPk;
        this.requestId = requestId;
        this.warehouse = warehouse;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.serviceLevel = serviceLevel;
        this.shipToParty = shipToParty;
        this.correlationId = correlationId;
        this.createdAt = createdAt;
        this.dispatchDueAt = dispatchDueAt;
        this.status = Status.PLANNED;
    }

    void addLine(int lineNo, String sku, int quantity) {
        lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst()
                .ifPresentOrElse(l -> l.add(quantity), () -> lines.add(new ShipmentLine(lineNo, sku, quantity)));
    }

    boolean dispatchDue(Instant now) {
        return status == Status.PLANNED && !now.isBefore(dispatchDueAt);
    }

    boolean deliveryDue(Instant now) {
        return status == Status.DISPATCHED && deliveryDueAt != null && !now.isBefore(deliveryDueAt);
    }

    void dispatch(Instant at, Instant deliveryDue) {
        status = Status.DISPATCHED;
        dispatchedAt = at;
        deliveryDueAt = deliveryDue;
    }

    void deliver(Instant at) {
        status = Status.DELIVERED;
        deliveredAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getShipmentId() {
        return shipmentId;
    }

    public String getOrderRef() {
        return orderRef;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public String getShipToParty() {
        return shipToParty;
    }

    public Status getStatus() {
        return status;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDispatchDueAt() {
        return dispatchDueAt;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public Instant getDeliveryDueAt() {
        return deliveryDueAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public List<ShipmentLine> getLines() {
        return lines;
    }
}
