package org.eaihub.hub.trace;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes trace entries to the database in batches, off the message path: a route never waits for its trace.
 * Entries wait in a bounded buffer for at most the flush interval; when the buffer is full new entries are
 * counted as dropped rather than slowing the flows down. The trace is an operator's view, not process state: a
 * crash may lose the last interval's entries, never a message.
 */
public class TraceStore implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TraceStore.class);
    private static final String INSERT = "INSERT INTO message_trace (correlation_id, business_key, message_type,"
            + " route_id, step, outcome, detail, duration_ms, at, instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final String instanceId;
    private final BlockingQueue<TraceEntry> buffer;
    private final AtomicLong dropped = new AtomicLong();
    private ScheduledExecutorService flusher;

    public TraceStore(JdbcTemplate jdbc, String instanceId, int capacity) {
        this.jdbc = jdbc;
        this.instanceId = instanceId;
        this.buffer = new ArrayBlockingQueue<>(capacity);
    }

    public void record(TraceEntry entry) {
        if (!buffer.offer(entry)) {
            dropped.incrementAndGet();
        }
    }

    /** Entries that did not fit into the buffer since start. */
    public long dropped() {
        return dropped.get();
    }

    /** Writes what is buffered; returns how many entries were written. */
    public int flush() {
        List<TraceEntry> batch = new ArrayList<>();
        buffer.drainTo(batch, 1000);
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            jdbc.batchUpdate(INSERT, batch.stream().map(e -> new Object[] {e.correlationId(), e.businessKey(),
                e.messageType(), e.routeId(), e.step(), e.outcome().name(), e.detail(), e.durationMs(),
                Timestamp.from(e.at()), instanceId}).toList());
        } catch (RuntimeException e) {
            dropped.addAndGet(batch.size());
            LOG.warn("Could not write {} trace entries: {}", batch.size(), e.toString());
        }
        return batch.size();
    }

    public List<TraceEntry> byCorrelationId(String correlationId, int limit) {
        return query("correlation_id", correlationId, limit);
    }

    public List<TraceEntry> byBusinessKey(String businessKey, int limit) {
        return query("business_key", businessKey, limit);
    }

    private List<TraceEntry> query(String column, String value, int limit) {
        flush();
        return jdbc.query("SELECT correlation_id, business_key, message_type, route_id, step, outcome, detail,"
                + " duration_ms, at FROM message_trace WHERE " + column + " = ? ORDER BY id FETCH FIRST " + limit
                + " ROWS ONLY", (rs, i) -> new TraceEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), TraceEntry.Outcome.valueOf(rs.getString(6)), rs.getString(7),
                (Long) rs.getObject(8, Long.class), rs.getTimestamp(9).toInstant()), value);
    }

    @Override
    public synchronized void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "trace-flusher");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(() -> {
            while (flush() > 0) {
                // Drain everything buffered.
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (flusher != null) {
            flusher.shutdown();
            flusher = null;
            while (flush() > 0) {
                // Write what is left before the data source closes.
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return flusher != null;
    }
}
