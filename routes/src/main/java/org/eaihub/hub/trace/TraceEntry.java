package org.eaihub.hub.trace;

import java.time.Instant;

/** One step of one message's path through the hub. */
public record TraceEntry(String correlationId, String businessKey, String messageType, String routeId, String step,
        Outcome outcome, String detail, Long durationMs, Instant at) {

    public enum Outcome { RECEIVED, SENT, COMPLETED, FAILED, DEAD_LETTERED, SKIPPED }
}
