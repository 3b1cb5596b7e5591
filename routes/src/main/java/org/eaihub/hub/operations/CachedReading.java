package org.eaihub.hub.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value that is costly to read (a database query, a round of broker management calls), read at most once per
 * time to live. When it is stale, one caller reads it again; callers arriving meanwhile get the previous value
 * instead of waiting or reading too. A failed read keeps the previous value (and is retried after the time to
 * live), so a scrape never fails because the database or the broker is slow.
 */
public class CachedReading<T> {

    private final Supplier<T> reader;
    private final Duration ttl;
    private final Clock clock;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile T value;
    private volatile Instant readAt = Instant.MIN;
    private volatile RuntimeException lastFailure;

    public CachedReading(Supplier<T> reader, Duration ttl, Clock clock, T initial) {
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
