package org.eaihub.scm.outbox;

/** An event on its way to Kafka: topic, key, JSON bytes and the correlation ids for its headers. */
public record OutgoingEvent(String eventId, String eventType, String topic, String key, byte[] payload,
        String correlationId, String causationId) {
}
