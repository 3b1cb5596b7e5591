package org.eaihub.scm.faults;

import java.time.Instant;

/**
 * The knobs as they stand, and what they did since start.
 *
 * @param outageEndsAt  when the running outage ends by itself; absent if none runs or it runs until ended
 */
public record FaultState(long latencyMs, double errorRate, boolean malformedEvents, boolean outage,
        Instant outageEndsAt, long delayedMessages, long injectedFailures, long malformedEventsPublished) {

    static FaultState of(FaultKnobs knobs, Outage outage) {
        return new FaultState(knobs.latency().toMillis(), knobs.errorRate(), knobs.malformedEvents(), outage.active(),
                outage.endsAt(), knobs.delayedMessages(), knobs.injectedFailures(), knobs.malformedEventsPublished());
    }
}
