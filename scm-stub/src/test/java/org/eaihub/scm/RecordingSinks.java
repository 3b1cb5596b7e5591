package org.eaihub.scm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eaihub.scm.contract.ContractJson;
import org.eaihub.scm.messaging.DeadLetterSink;
import org.eaihub.scm.outbox.EventSink;
import org.eaihub.scm.outbox.OutgoingEvent;

/** Stand-ins for Kafka in module tests: they record what would have been published. */
public final class RecordingSinks {

    private RecordingSinks() {
    }

    public static final class Events implements EventSink {

        private final List<OutgoingEvent> sent = new CopyOnWriteArrayList<>();
        private final AtomicInteger failures = new AtomicInteger();

        /** The next {@code count} sends fail as if Kafka did not acknowledge them. */
        public void failNext(int count) {
            failures.set(count);
        }

        @Override
        public void send(List<OutgoingEvent> events) {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("Events not acknowledged by Kafka (test)");
            }
            sent.addAll(events);
        }

        public List<OutgoingEvent> sent() {
            return new ArrayList<>(sent);
        }

        public List<OutgoingEvent> ofType(String type) {
            return sent.stream().filter(e -> e.eventType().equals(type)).toList();
        }

        public List<JsonNode> bodies(String type) {
            return ofType(type).stream().map(RecordingSinks::json).toList();
        }

        public void clear() {
            sent.clear();
            failures.set(0);
        }
    }

    public record DeadLetter(ConsumerRecord<byte[], byte[]> record, String reason, Throwable cause, int attempts) {
    }

    public static final class DeadLetters implements DeadLetterSink {

        private final List<DeadLetter> letters = new CopyOnWriteArrayList<>();

        @Override
        public void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason, Throwable cause, int attempts) {
            letters.add(new DeadLetter(record, reason, cause, attempts));
        }

        public List<DeadLetter> letters() {
            return new ArrayList<>(letters);
        }

        public void clear() {
            letters.clear();
        }
    }

    public static JsonNode json(OutgoingEvent event) {
        try {
            return ContractJson.read(event.payload());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
