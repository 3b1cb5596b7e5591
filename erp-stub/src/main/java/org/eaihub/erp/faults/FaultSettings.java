package org.eaihub.erp.faults;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fault knobs as configured ({@code eaihub.erp.faults.*}): the values they start with and return to on
 * reset. Every knob is off by default.
 *
 * @param latencyMs       added to every SOAP call, in milliseconds (0 to 600000)
 * @param errorRate       the share of SOAP calls that fail, 0 to 1
 * @param kind            how they fail
 * @param outage          start with the SOAP/HTTP port closed
 * @param outageDuration  how long an outage lasts when none is given; 0: until ended over JMX
 */
@ConfigurationProperties("eaihub.erp.faults")
public record FaultSettings(@DefaultValue("0") long latencyMs, @DefaultValue("0") double errorRate,
        @DefaultValue("SERVER") FaultKind kind, @DefaultValue("false") boolean outage,
        @DefaultValue("0s") Duration outageDuration) {

    public static final long MAX_LATENCY_MS = 600_000;

    public FaultSettings {
        requireLatency(latencyMs);
        requireErrorRate(errorRate);
        if (kind == null) {
            throw new IllegalArgumentException("eaihub.erp.faults.kind is one of SERVER, BUSINESS, HANG, MALFORMED");
        }
        if (outageDuration == null || outageDuration.isNegative()) {
            throw new IllegalArgumentException("eaihub.erp.faults.outage-duration is 0 or more: " + outageDuration);
        }
    }

    public static void requireLatency(long latencyMs) {
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("Latency is 0 to " + MAX_LATENCY_MS + " ms: " + latencyMs);
        }
    }

    public static void requireErrorRate(double errorRate) {
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("Error rate is 0 to 1: " + errorRate);
        }
    }
}
