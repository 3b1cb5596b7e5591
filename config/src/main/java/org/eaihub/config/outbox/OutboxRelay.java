package org.eaihub.config.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.config.correlation.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox messages in the order they were written. Each batch is locked in the database
 * ({@code FOR UPDATE}) so that relays of several instances take turns instead of racing; each message is
 * sent persistently with its message id as {@code _AMQ_DUPL_ID} and marked sent in the same transaction.
 * If the process dies after the broker accepted a send but before the mark committed, the next run sends it
 * again and the broker's duplicate detection drops the copy: the consumer sees it once.
 */
public class OutboxRelay implements SmartLifecycle {

    /** Artemis's duplicate-detection property. */
    public static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final TypeReference<Map<String, String>> PROPERTIES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JmsTemplate jms;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration interval;
    private final int batchSize;
    private ScheduledExecutorService executor;
    private CrashPoint crashPoint = CrashPoint.NONE;

    /**
     * Fault injection for the crash tests: the JVM halts at this point of relaying its first message, exactly as if
     * it had been killed there. Off ({@code NONE}) unless {@code eaihub.outbox.crash-point} says otherwise.
     */
    public enum CrashPoint { NONE, BEFORE_PUBLISH, AFTER_PUBLISH }

    record Row(long id, String messageId, String destination, String payload, String properties, String groupId) {
    }

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, JmsTemplate jms, ObjectMapper mapper,
            Clock clock, Duration interval, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.jms = jms;
        this.mapper = mapper;
        this.clock = clock;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    /** Publishes one batch; returns how many messages were sent. */
    public int relayBatch() {
        Integer sent = transactions.execute(status -> {
            List<Row> rows = jdbc.query(batchQuery(batchSize), (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6)));
            for (Row row : rows) {
                crashIf(CrashPoint.BEFORE_PUBLISH);
                publish(row);
                crashIf(CrashPoint.AFTER_PUBLISH);
                jdbc.update("UPDATE outbox_message SET sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                        Timestamp.from(clock.instant()), row.id());
            }
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    public void setCrashPoint(CrashPoint crashPoint) {
        this.crashPoint = crashPoint;
    }

    private void crashIf(CrashPoint point) {
        if (crashPoint == point) {
            // Halts at once, as SIGKILL would: a kill sent from a forked process lands a few milliseconds later, in
            // the middle of the HTTP response that created the event, and the test could not read the customer id.
            LOG.error("Outbox crash point {} reached: halting the JVM", point);
            Runtime.getRuntime().halt(137);
        }
    }

    /** The oldest unsent messages, locked until the relaying transaction ends. */
    public static String batchQuery(int batchSize) {
        return "SELECT id, message_id, destination, payload, properties, group_id FROM outbox_message"
                + " WHERE sent_at IS NULL ORDER BY id FETCH FIRST " + batchSize + " ROWS ONLY FOR UPDATE";
    }

    /** Sends one row to the broker, persistently, tagged with its duplicate-detection id. */
    void publish(Row row) {
        Map<String, String> properties = readProperties(row.properties());
        try (Correlation.Scope ignored = Correlation.open(properties.get(Correlation.CORRELATION_ID),
                properties.get(Correlation.CAUSATION_ID))) {
            jms.send(row.destination(), session -> {
                var message = session.createTextMessage(row.payload());
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    message.setStringProperty(property.getKey(), property.getValue());
                }
                message.setStringProperty(DUPLICATE_ID_PROPERTY, row.messageId());
                if (row.groupId() != null) {
                    message.setStringProperty("JMSXGroupID", row.groupId());
                }
                return message;
            });
        }
    }

    private Map<String, String> readProperties(String json) {
        try {
            return json == null ? Map.of() : mapper.readValue(json, PROPERTIES);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable outbox properties", e);
        }
    }

    private void relayUntilEmpty() {
        try {
            while (relayBatch() == batchSize) {
                // A full batch: more may be waiting.
            }
        } catch (RuntimeException e) {
            // The rows stay unsent and are tried again on the next tick (e.g. while the broker is down).
            LOG.warn("Outbox relay failed, will retry: {}", e.toString());
        }
    }

    /** Messages written but not yet published. */
    public long pending() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::relayUntilEmpty, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops before the JMS connection factory is closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
