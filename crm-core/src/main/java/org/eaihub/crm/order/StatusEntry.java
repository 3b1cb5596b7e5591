package org.eaihub.crm.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One step in an order's history: a status reported (or the capture), when, and whether it was applied. */
@Entity
@Table(name = "sales_order_status")
public class StatusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    private Long id;
    @Column(name = "order_number")
    @JsonIgnore
    private String orderNumber;
    @Column(name = "event_id")
    private String eventId;
    @Enumerated(EnumType.STRING) @Column(name = "status")
    private OrderStatus status;
    @Enumerated(EnumType.STRING) @Column(name = "outcome")
    private StatusRules.Outcome outcome;
    @Column(name = "detail")
    private String detail;
    @Column(name = "source_message_id")
    private String sourceMessageId;
    @Column(name = "source_system")
    private String sourceSystem;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StatusEntry() {
    }

    StatusEntry(String orderNumber, String eventId, OrderStatus status, StatusRules.Outcome outcome, String detail,
            String sourceMessageId, String sourceSystem, Instant occurredAt, Instant recordedAt) {
        this.orderNumber = orderNumber;
        this.eventId = eventId;
        this.status = status;
        this.outcome = outcome;
        this.detail = detail;
        this.sourceMessageId = sourceMessageId;
        this.sourceSystem = sourceSystem;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getEventId() {
        return eventId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public StatusRules.Outcome getOutcome() {
        return outcome;
    }

    public boolean isApplied() {
        return outcome == StatusRules.Outcome.APPLIED;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceMessageId() {
        return sourceMessageId;
    }

    public String getSourceSystem() {
        return sourceSystem;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
