package org.eaihub.crm.history;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "consumption_event")
public class ConsumptionEvent {

    public enum Kind { ORDER, INVOICE, PAYMENT, SHIPMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;

    @Column(name = "reference")
    private String reference;

    @Column(name = "status")
    private String status;

    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "currency")
    private String currency;

    @Column(name = "source_system")
    private String sourceSystem;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** For a payment: the invoice it pays; null when it was paid on account (unapplied). */
    @Column(name = "applies_to")
    private String appliesTo;

    protected ConsumptionEvent() {
    }

    public ConsumptionEvent(String eventId, String customerId, Kind kind, String reference, String status,
            BigDecimal amount, String currency, String sourceSystem, Instant occurredAt) {
        this(eventId, customerId, kind, reference, status, amount, currency, sourceSystem, occurredAt, null);
    }

    public ConsumptionEvent(String eventId, String customerId, Kind kind, String reference, String status,
            BigDecimal amount, String currency, String sourceSystem, Instant occurredAt, String appliesTo) {
        this.eventId = eventId;
        this.customerId = customerId;
        this.kind = kind;
        this.reference = reference;
        this.status = status;
        this.amount = amount;
        this.currency = currency;
        this.sourceSystem = sourceSystem;
        this.occurredAt = occurredAt;
        this.appliesTo = appliesTo;
    }

    public String getEventId() {
        return eventId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getSourceSystem() {
        return sourceSystem;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAppliesTo() {
        return appliesTo;
    }
}
