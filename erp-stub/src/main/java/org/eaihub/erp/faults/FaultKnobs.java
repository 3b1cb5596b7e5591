package org.eaihub.erp.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jmx.export.annotation.ManagedAttribute;
import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedOperationParameter;
import org.springframework.jmx.export.annotation.ManagedResource;

/**
 * The ERP's fault knobs at run time: added latency, error rate and kind of fault for SOAP calls, and the full
 * outage. Set from configuration at start, changed over REST ({@code /api/faults}) or JMX
 * ({@value #OBJECT_NAME}), and reset to the configured values. A reset also releases calls that are waiting
 * out a latency or a hang.
 */
@ManagedResource(objectName = FaultKnobs.OBJECT_NAME,
        description = "Fault injection of the ERP stub: latency, error rate, fault kind, outage")
public class FaultKnobs {

    public static final String OBJECT_NAME = "eaihub.erp:type=FaultKnobs,name=erp";

    private static final Logger LOG = LoggerFactory.getLogger(FaultKnobs.class);

    /** The knobs as they stand. */
    public record State(long latencyMs, double errorRate, FaultKind kind, boolean outage, Instant outageEndsAt) {
    }

    private final FaultSettings configured;
    private final ErpOutage outage;
    private final Object pauses = new Object();
    private volatile long latencyMs;
    private volatile double errorRate;
    private volatile FaultKind kind;
    private long releases;

    public FaultKnobs(FaultSettings configured, ErpOutage outage) {
        this.configured = configured;
        this.outage = outage;
        apply(configured.latencyMs(), configured.errorRate(), configured.kind());
    }

    /** Changes the knobs given (null: leave as is), all or none. */
    public synchronized State update(Long latency, Double rate, FaultKind newKind) {
        long l = latency != null ? latency : latencyMs;
        double r = rate != null ? rate : errorRate;
        FaultSettings.requireLatency(l);
        FaultSettings.requireErrorRate(r);
        apply(l, r, newKind != null ? newKind : kind);
        return state();
    }

    private void apply(long latency, double rate, FaultKind newKind) {
        latencyMs = latency;
        errorRate = rate;
        kind = newKind;
        LOG.info("Fault knobs: latency {} ms, error rate {}, kind {}", latency, rate, newKind);
    }

    public State state() {
        return new State(latencyMs, errorRate, kind, outage.isActive(), outage.endsAt());
    }

    /** Decides whether this call fails, and how. */
    public Optional<FaultKind> draw() {
        double rate = errorRate;
        if (rate <= 0 || (rate < 1 && ThreadLocalRandom.current().nextDouble() >= rate)) {
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    /**
     * Waits the given time, unless the knobs are reset meanwhile (which releases every waiting call).
     *
     * @return false if a reset cut the wait short
     */
    public boolean pause(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (pauses) {
            long release = releases;
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                if (release != releases) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(pauses, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    @ManagedOperation(description = "Back to the configured values; ends an outage; releases waiting calls")
    public synchronized State reset() {
        apply(configured.latencyMs(), configured.errorRate(), configured.kind());
        synchronized (pauses) {
            releases++;
            pauses.notifyAll();
        }
        outage.end();
        return state();
    }

    @ManagedAttribute(description = "Milliseconds added to every SOAP call")
    public long getLatencyMs() {
        return latencyMs;
    }

    @ManagedAttribute
    public void setLatencyMs(long latencyMs) {
        update(latencyMs, null, null);
    }

    @ManagedAttribute(description = "Share of SOAP calls that fail, 0 to 1")
    public double getErrorRate() {
        return errorRate;
    }

    @ManagedAttribute
    public void setErrorRate(double errorRate) {
        update(null, errorRate, null);
    }

    @ManagedAttribute(description = "How failing calls fail: SERVER, BUSINESS, HANG or MALFORMED")
    public String getKind() {
        return kind.name();
    }

    @ManagedAttribute
    public void setKind(String kind) {
        update(null, null, FaultKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
    }

    @ManagedAttribute(description = "True while the SOAP/HTTP port is closed")
    public boolean isOutage() {
        return outage.isActive();
    }

    @ManagedAttribute(description = "When the outage ends by itself (empty: not at all, or no outage)")
    public String getOutageEndsAt() {
        Instant endsAt = outage.endsAt();
        return endsAt == null ? "" : endsAt.toString();
    }

    @ManagedOperation(description = "Closes the SOAP/HTTP port and stops notifications; 0 ms: until endOutage")
    @ManagedOperationParameter(name = "durationMs", description = "How long, in milliseconds (0: until ended)")
    public void startOutage(long durationMs) {
        if (durationMs < 0) {
            throw new IllegalArgumentException("An outage lasts 0 ms or more: " + durationMs);
        }
        outage.begin(Duration.ofMillis(durationMs), Duration.ZERO);
    }

    @ManagedOperation(description = "Opens the SOAP/HTTP port again and resumes notifications")
    public void endOutage() {
        outage.end();
    }
}
