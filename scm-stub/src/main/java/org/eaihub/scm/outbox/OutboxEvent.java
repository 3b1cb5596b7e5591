package org.eaihub.scm.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event, as it will go (or went) on the wire. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private String eventId;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    @Column(nullable = false)
    private String topic;
    @Column(name = "message_key", nullable = false)
    private String messageKey;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(nullable = false, length = 1_000_000)
    private String payload;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "causation_id")
    private String causationId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String eventId, String requestId, String topic, String messageKey, String eventType, String payload,
            String correlationId, String causationId, Instant createdAt) {
        this.eventId = eventId;
        this.requestId = requestId;
        this.topic = topic;
        this.messageKey = messageKey;
        this.eventType = eventType;
        this.payload = payload;
        this.correlationId = correlationId;
        this.causationId = causationId;
        this.createdAt = createdAt;
    }

    OutgoingEvent toOutgoing() {
        return new OutgoingEvent(eventId, eventType, topic, messageKey,
                payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), correlationId, causationId);
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getTopic() {
        return topic;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
