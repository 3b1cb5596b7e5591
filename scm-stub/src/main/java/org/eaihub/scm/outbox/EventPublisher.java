package org.eaihub.scm.outbox;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox. One publisher at a time (the method lock) sends the unpublished events in id order and
 * marks them published only after Kafka acknowledged all of them, so per key the order on the topic is the
 * order of the committed changes, and nothing is lost: what is not marked is sent again (at least once; every
 * event carries its {@code eventId} for de-duplication).
 */
@Component
public class EventPublisher {

    private static final int BATCH = 200;

    private final OutboxRepository events;
    private final EventSink sink;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeterRegistry meters;

    public EventPublisher(OutboxRepository events, EventSink sink, TransactionTemplate transactions, Clock clock,
            MeterRegistry meters) {
        this.events = events;
        this.sink = sink;
        this.transactions = transactions;
        this.clock = clock;
        this.meters = meters;
    }

    /** Publishes every unpublished event; returns how many. */
    public synchronized int flush() {
        return publishPending().size();
    }

    /**
     * Publishes what is pending, then sends again every stored event of the request that was published before:
     * the stored outcome of a command that arrived a second time.
     */
    public synchronized int republish(String requestId) {
        Set<Long> justPublished = publishPending();
        List<OutgoingEvent> again = transactions.execute(status -> events.findByRequestIdOrderByIdAsc(requestId))
                .stream()
                .filter(e -> !justPublished.contains(e.getId()))
                .map(OutboxEvent::toOutgoing)
                .toList();
        if (!again.isEmpty()) {
            sink.send(again);
            meters.counter("scm.events.republished").increment(again.size());
        }
        return again.size();
    }

    /** Events committed but not yet acknowledged by Kafka. */
    public long backlog() {
        return events.countByPublishedAtIsNull();
    }

    private Set<Long> publishPending() {
        Set<Long> published = new HashSet<>();
        while (true) {
            List<OutboxEvent> batch =
                    transactions.execute(status -> events.findTop200ByPublishedAtIsNullOrderByIdAsc());
            if (batch == null || batch.isEmpty()) {
                return published;
            }
            sink.send(batch.stream().map(OutboxEvent::toOutgoing).toList());
            List<Long> ids = batch.stream().map(OutboxEvent::getId).toList();
            transactions.executeWithoutResult(status -> events.markPublished(ids, clock.instant()));
            published.addAll(ids);
            batch.forEach(e -> meters.counter("scm.events.published", "topic", e.getTopic()).increment());
            if (batch.size() < BATCH) {
                return published;
            }
        }
    }
}
