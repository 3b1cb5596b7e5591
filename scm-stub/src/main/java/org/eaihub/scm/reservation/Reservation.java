package org.eaihub.scm.reservation;

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

/**
 * A reservation request and what came of it. HELD holds stock until it is SHIPPED, RELEASED or EXPIRED; a
 * REJECTED reservation holds nothing and is kept so that an order's history is complete. An order has at
 * most one HELD reservation.
 */
@Entity
@Table(name = "reservation")
public class Reservation {

    public enum Status { HELD, REJECTED, RELEASED, EXPIRED, SHIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "reservation_id", nullable = false)
    private String reservationId;
    @Column(name = "order_ref", nullable = false)
    private String orderRef;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "allow_partial", nullable = false)
    private boolean allowPartial;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "ship_to_party")
    private String shipToParty;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "close_request_id")
    private String closeRequestId;
    @Column(name = "close_reason")
    private String closeReason;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "reservation_pk", nullable = false)
    @OrderBy("lineNo")
    private List<ReservationLine> lines = new ArrayList<>();

    protected Reservation() {
    }

    Reservation(String reservationId, String orderRef, String requestId, boolean allowPartial, String shipToParty,
            String correlationId, Instant createdAt) {
        this.reservationId = reservationId;
        this.orderRef = orderRef;
        this.requestId = requestId;
        this.allowPartial = allowPartial;
        this.shipToParty = shipToParty;
        this.correlationId = correlationId;
        this.createdAt = createdAt;
    }

    void hold(Instant until) {
        status = Status.HELD;
        expiresAt = until;
    }

    void reject(String reason) {
        status = Status.REJECTED;
        rejectReason = reason;
    }

    void close(Status closedAs, Instant at, String requestId, String reason) {
        if (status != Status.HELD) {
            throw new IllegalStateException("Reservation " + reservationId + " is " + status + ", not HELD");
        }
        status = closedAs;
        closedAt = at;
        closeRequestId = requestId;
        closeReason = reason;
    }

    /** Consumed by a shipment: the stock stays reserved until each shipment is dispatched. */
    public void markShipped(Instant at, String requestId) {
        close(Status.SHIPPED, at, requestId, null);
    }

    void addLine(ReservationLine line) {
        lines.add(line);
    }

    public Long getId() {
        return id;
    }

    public String getReservationId() {
        return reservationId;
    }

    public String getOrderRef() {
        return orderRef;
    }

    public String getRequestId() {
        return requestId;
    }

    public Status getStatus() {
        return status;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getShipToParty() {
        return shipToParty;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public List<ReservationLine> getLines() {
        return lines;
    }
}
