package org.eaihub.scm.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.scm.contract.EventType;
import org.eaihub.scm.faults.FaultKnobs;
import org.eaihub.scm.outbox.EventSink;
import org.eaihub.scm.outbox.OutgoingEvent;

/**
 * Sends events to Kafka with {@code acks=all} and idempotence (per partition in order, no duplicates from
 * retries) and waits for every acknowledgement. Headers: {@code eventType}, {@code eventId},
 * {@code schemaVersion}, {@code contentType}, and the correlation ids. In malformed-event mode each event is
 * preceded, on the same topic and key, by a deliberately broken copy (its JSON cut in half, header
 * {@code scm.fault=malformed-event}).
 */
public class KafkaEventSink implements EventSink {

    public static final String FAULT_HEADER = "scm.fault";
    public static final String MALFORMED = "malformed-event";

    private final Producer<byte[], byte[]> producer;
    private final FaultKnobs faults;

    public KafkaEventSink(Producer<byte[], byte[]> producer, FaultKnobs faults) {
        this.producer = producer;
        this.faults = faults;
    }

    @Override
    public void send(List<OutgoingEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (OutgoingEvent event : events) {
            byte[] key = event.key().getBytes(StandardCharsets.UTF_8);
            if (faults.malformedEvents()) {
                ProducerRecord<byte[], byte[]> broken = new ProducerRecord<>(event.topic(), key,
                        Arrays.copyOf(event.payload(), event.payload().length / 2));
                headers(broken.headers(), event, false);
                broken.headers().add(FAULT_HEADER, bytes(MALFORMED));
                acks.add(producer.send(broken));
                faults.countMalformedEvent();
            }
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(event.topic(), key, event.payload());
            headers(record.headers(), event, true);
            acks.add(producer.send(record));
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while publishing events", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Events not acknowledged by Kafka", e);
            }
        }
    }

    private static void headers(Headers headers, OutgoingEvent event, boolean withEventId) {
        headers.add("eventType", bytes(event.eventType()));
        if (withEventId) {
            headers.add("eventId", bytes(event.eventId()));
        }
        headers.add("schemaVersion", bytes(Integer.toString(EventType.SCHEMA_VERSION)));
        headers.add("contentType", bytes("application/json"));
        if (event.correlationId() != null) {
            headers.add(Correlation.CORRELATION_ID, bytes(event.correlationId()));
        }
        if (event.causationId() != null) {
            headers.add(Correlation.CAUSATION_ID, bytes(event.causationId()));
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
