package org.eaihub.scm.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eaihub.scm.ScmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A full outage of the SCM: the command consumers close (they leave their consumer groups; offsets stay where
 * they are), the jobs stand still, nothing is published, and the HTTP port closes (connection refused). It
 * ends when its duration is over or when {@link #end()} is called over JMX, the one way in while REST is down.
 * It is also the monitor every wait of the SCM's own threads sleeps on, so an outage or a shutdown wakes them.
 */
@Component
public class Outage implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Outage.class);
    /** Time for the answer to the request that started the outage to leave before the port closes. */
    private static final Duration PORT_CLOSE_DELAY = Duration.ofMillis(300);

    private final ConnectorSwitch connectors;
    private final Clock clock;
    private final ScmProperties.Faults configured;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scm-outage-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Object monitor = new Object();
    private boolean active;
    private Instant endsAt;
    private long generation;

    public Outage(ConnectorSwitch connectors, Clock clock, ScmProperties properties) {
        this.connectors = connectors;
        this.clock = clock;
        this.configured = properties.faults();
    }

    /** An outage set in the configuration begins once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    public void startConfiguredOutage() {
        if (configured.outage()) {
            start(configured.outageDuration());
        }
    }

    /** Starts an outage (or restarts the clock of a running one); {@code Duration.ZERO}: until {@link #end()}. */
    public void start(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("An outage cannot last a negative time");
        }
        long current;
        synchronized (monitor) {
            active = true;
            endsAt = duration.isZero() ? null : clock.instant().plus(duration);
            current = ++generation;
            monitor.notifyAll();
        }
        LOG.warn("Outage started{}",
                duration.isZero() ? " until ended over JMX" : " for " + duration.toMillis() + " ms");
        timer.schedule(() -> {
            synchronized (monitor) {
                if (active && generation == current) {
                    connectors.close();
                }
            }
        }, PORT_CLOSE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        if (!duration.isZero()) {
            timer.schedule(() -> end(current), duration.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Ends the outage, if one is running. */
    public void end() {
        synchronized (monitor) {
            end(generation);
        }
    }

    private void end(long expectedGeneration) {
        synchronized (monitor) {
            if (!active || generation != expectedGeneration) {
                return;
            }
            active = false;
            endsAt = null;
            generation++;
            connectors.open();
            monitor.notifyAll();
        }
        LOG.warn("Outage ended");
    }

    public boolean active() {
        synchronized (monitor) {
            return active;
        }
    }

    /** When the running outage ends by itself; null if none runs or it runs until ended. */
    public Instant endsAt() {
        synchronized (monitor) {
            return endsAt;
        }
    }

    /**
     * Waits for the given time unless an outage starts or {@code stop} turns true first.
     *
     * @return true if the whole time passed
     */
    public boolean pause(Duration duration, BooleanSupplier stop) {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (monitor) {
            while (!active && !stop.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                waitOn(left);
            }
            return false;
        }
    }

    /** Waits while an outage runs, at most the given time, or until {@code stop} turns true. */
    public void awaitEnd(Duration max, BooleanSupplier stop) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (monitor) {
            while (active && !stop.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                waitOn(left);
            }
        }
    }

    /** Wakes every waiting thread, e.g. so that it notices a shutdown. */
    public void wakeAll() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    private void waitOn(long nanos) {
        try {
            monitor.wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
