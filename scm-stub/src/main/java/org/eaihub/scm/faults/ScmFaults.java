package org.eaihub.scm.faults;

import java.time.Duration;
import java.time.Instant;

/** The JMX face of the fault knobs. */
public class ScmFaults implements ScmFaultsMBean {

    private final FaultKnobs knobs;
    private final Outage outage;

    public ScmFaults(FaultKnobs knobs, Outage outage) {
        this.knobs = knobs;
        this.outage = outage;
    }

    @Override
    public long getLatencyMs() {
        return knobs.latency().toMillis();
    }

    @Override
    public void setLatencyMs(long latencyMs) {
        knobs.setLatency(Duration.ofMillis(latencyMs));
    }

    @Override
    public double getErrorRate() {
        return knobs.errorRate();
    }

    @Override
    public void setErrorRate(double errorRate) {
        knobs.setErrorRate(errorRate);
    }

    @Override
    public boolean isMalformedEvents() {
        return knobs.malformedEvents();
    }

    @Override
    public void setMalformedEvents(boolean malformedEvents) {
        knobs.setMalformedEvents(malformedEvents);
    }

    @Override
    public boolean isOutageActive() {
        return outage.active();
    }

    @Override
    public String getOutageEndsAt() {
        Instant endsAt = outage.endsAt();
        return endsAt == null ? "" : endsAt.toString();
    }

    @Override
    public long getDelayedMessages() {
        return knobs.delayedMessages();
    }

    @Override
    public long getInjectedFailures() {
        return knobs.injectedFailures();
    }

    @Override
    public long getMalformedEventsPublished() {
        return knobs.malformedEventsPublished();
    }

    @Override
    public void startOutage(long durationMs) {
        outage.start(Duration.ofMillis(durationMs));
    }

    @Override
    public void endOutage() {
        outage.end();
    }

    @Override
    public void reset() {
        knobs.reset();
        outage.end();
    }
}
