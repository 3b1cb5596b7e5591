package org.eaihub.scm.faults;

/** The fault knobs over JMX, as {@code eaihub.scm:type=Faults}: the way to end an outage while REST is down. */
public interface ScmFaultsMBean {

    long getLatencyMs();

    void setLatencyMs(long latencyMs);

    double getErrorRate();

    void setErrorRate(double errorRate);

    boolean isMalformedEvents();

    void setMalformedEvents(boolean malformedEvents);

    boolean isOutageActive();

    /** ISO-8601 instant at which the running outage ends by itself; empty if none or until ended. */
    String getOutageEndsAt();

    long getDelayedMessages();

    long getInjectedFailures();

    long getMalformedEventsPublished();

    /** Starts a full outage; 0 lasts until {@link #endOutage()}. */
    void startOutage(long durationMs);

    void endOutage();

    /** Every knob off, a running outage ended. */
    void reset();
}
