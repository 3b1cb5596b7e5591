package org.eaihub.hub.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value that is costly to read (a database query, a round of broker management calls), read at most once per
 * time to live. When it is stale, one caller reads it again; callers arriving meanwhile get the previous value
 * instead of waiting or reading too. A failed read keeps the previous value (and is retried after the time to
 * live), so a scrape never fails because the database or the broker is slow; the first failure of a series is
 * logged.
 */
public class CachedReading<T> {

    private static final Logger LOG = LoggerFactory.getLogger(CachedReading.class);

    private final String name;
    private final Supplier<T> reader;
    private final Duration ttl;
    private final Clock clock;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile T value;
    private volatile Instant readAt = Instant.MIN;
    private volatile RuntimeException lastFailure;

    public CachedReading(String name, Supplier<T> reader, Duration ttl, Clock clock, T initial) {
        this.name = name;
        this.reader = reader;
        this.ttl = ttl;
        this.clock = clock;
        this.value = initial;
    }

    public T get() {
        if (stale() && reading.tryLock()) {
            try {
                if (stale()) {
                    try {
                        value = reader.get();
                        lastFailure = null;
                    } catch (RuntimeException e) {
                        if (lastFailure == null) {
                            LOG.warn("Could not read {}, keeping the previous figures: {}", name,
                                    e.getCause() == null ? e.toString() : e + " / " + e.getCause());
                        }
                        lastFailure = e;
                    }
                    readAt = clock.instant();
                }
            } finally {
                reading.unlock();
            }
        }
        return value;
    }

    /** Why the latest read failed (null when it succeeded). */
    public RuntimeException lastFailure() {
        return lastFailure;
    }

    private boolean stale() {
        return readAt.equals(Instant.MIN) || !clock.instant().isBefore(readAt.plus(ttl));
    }
}
