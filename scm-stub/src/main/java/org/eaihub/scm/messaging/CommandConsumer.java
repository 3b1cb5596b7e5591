package org.eaihub.scm.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eaihub.scm.faults.Outage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer loop of one command topic, on its own thread. It owns its Kafka consumer from subscribe to
 * close and processes records one at a time, in partition order: the offset after a record is committed
 * (synchronously) only once the handler ({@link CommandProcessor}) is done with it, so a crash, an outage or a
 * rebalance makes the record be read again, never skipped. During an outage the consumer is closed (it leaves
 * its group; committed offsets stay) and a new one subscribes when the outage ends.
 */
final class CommandConsumer implements Runnable {

    /** What the loop is doing, for health and tests. */
    enum State { STARTING, RUNNING, SUSPENDED, RECONNECTING, STOPPED }

    interface ConsumerFactory {
        Consumer<byte[], byte[]> create();
    }

    /** Does everything a record needs before its offset may be committed ({@link CommandProcessor#process}). */
    interface RecordHandler {
        void handle(ConsumerRecord<byte[], byte[]> record, BooleanSupplier stop);
    }

    private static final Logger LOG = LoggerFactory.getLogger(CommandConsumer.class);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final String topic;
    private final ConsumerFactory factory;
    private final RecordHandler handler;
    private final Outage outage;
    private final Duration pollTimeout;
    private volatile boolean stopping;
    private volatile State state = State.STARTING;
    private volatile Instant lastPoll;
    private volatile String lastError;

    CommandConsumer(String topic, ConsumerFactory factory, RecordHandler handler, Outage outage,
            Duration pollTimeout) {
        this.topic = topic;
        this.factory = factory;
        this.handler = handler;
        this.outage = outage;
        this.pollTimeout = pollTimeout;
    }

    @Override
    public void run() {
        while (!stopping) {
            if (outage.active()) {
                state = State.SUSPENDED;
                outage.awaitEnd(Duration.ofSeconds(1), () -> stopping);
                continue;
            }
            try (Consumer<byte[], byte[]> consumer = factory.create()) {
                consumer.subscribe(List.of(topic));
                state = State.RUNNING;
                consume(consumer);
            } catch (RuntimeException e) {
                lastError = e.toString();
                state = State.RECONNECTING;
                LOG.warn("Consumer of {} failed, reconnecting in {} s: {}", topic, RECONNECT_DELAY.toSeconds(),
                        e.toString());
                outage.pause(RECONNECT_DELAY, () -> stopping);
            }
        }
        state = State.STOPPED;
    }

    private void consume(Consumer<byte[], byte[]> consumer) {
        while (!stopping && !outage.active()) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
            lastPoll = Instant.now();
            lastError = null;
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                    if (stopping || outage.active()) {
                        return;
                    }
                    try {
                        handler.handle(record, () -> stopping);
                    } catch (CommandProcessor.ProcessingAbortedException e) {
                        return;
                    }
                    consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        }
    }

    /** Asks the loop to end after the record in hand; the caller wakes the waits and joins the thread. */
    void stop() {
        stopping = true;
    }

    String topic() {
        return topic;
    }

    State state() {
        return state;
    }

    Instant lastPoll() {
        return lastPoll;
    }

    String lastError() {
        return lastError;
    }
}
