package org.eaihub.scm.faults;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

import org.eaihub.scm.ScmProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The message-level fault knobs and what they did so far. Reads are lock-free (volatile), so the knobs cost
 * nothing while off.
 */
@Component
public class FaultKnobs {

    /** Upper bound of the latency knob: below the Kafka consumer's poll interval limit (5 min). */
    public static final Duration MAX_LATENCY = Duration.ofMinutes(1);

    private final DoubleSupplier random;
    private volatile Duration latency = Duration.ZERO;
    private volatile double errorRate;
    private volatile boolean malformedEvents;
    private final AtomicLong delayedMessages = new AtomicLong();
    private final AtomicLong injectedFailures = new AtomicLong();
    private final AtomicLong malformedEventsPublished = new AtomicLong();

    @Autowired
    public FaultKnobs(ScmProperties properties) {
        this(() -> ThreadLocalRandom.current().nextDouble());
        ScmProperties.Faults faults = properties.faults();
        setLatency(faults.latency());
        setErrorRate(faults.errorRate());
        setMalformedEvents(faults.malformedEvents());
    }

    /** With a given random source (values in [0, 1)), for tests. */
    public FaultKnobs(DoubleSupplier random) {
        this.random = random;
    }

    public Duration latency() {
        return latency;
    }

    public void setLatency(Duration latency) {
        if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and " + MAX_LATENCY.toMillis() + " ms");
        }
        this.latency = latency;
    }

    public double errorRate() {
        return errorRate;
    }

    public void setErrorRate(double errorRate) {
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be between 0 and 1");
        }
        this.errorRate = errorRate;
    }

    public boolean malformedEvents() {
        return malformedEvents;
    }

    public void setMalformedEvents(boolean malformedEvents) {
        this.malformedEvents = malformedEvents;
    }

    /** Called once per processing attempt, inside its transaction: fails it with the configured probability. */
    public void injectProcessingFailure() {
        double rate = errorRate;
        if (rate > 0 && random.getAsDouble() < rate) {
            injectedFailures.incrementAndGet();
            throw new InjectedFaultException(rate);
        }
    }

    public void countDelayedMessage() {
        delayedMessages.incrementAndGet();
    }

    public void countMalformedEvent() {
        malformedEventsPublished.incrementAndGet();
    }

    public long delayedMessages() {
        return delayedMessages.get();
    }

    public long injectedFailures() {
        return injectedFailures.get();
    }

    public long malformedEventsPublished() {
        return malformedEventsPublished.get();
    }

    /** Every knob off; the counters keep counting. */
    public void reset() {
        latency = Duration.ZERO;
        errorRate = 0;
        malformedEvents = false;
    }
}
