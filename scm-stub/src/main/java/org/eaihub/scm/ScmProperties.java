package org.eaihub.scm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SCM stub's own settings ({@code eaihub.scm.*}). Every default is here, so the stub runs without a line
 * of configuration; the delays and retry settings are only the start values of {@link
 * org.eaihub.scm.settings.RuntimeSettings}, which operators change at run time.
 */
@ConfigurationProperties("eaihub.scm")
public record ScmProperties(
        @DefaultValue Reservation reservation,
        @DefaultValue Shipment shipment,
        @DefaultValue Supplier supplier,
        @DefaultValue Messaging messaging,
        @DefaultValue Jobs jobs,
        @DefaultValue Faults faults,
        @DefaultValue Jmx jmx,
        @DefaultValue("7d") Duration retention) {

    /** @param defaultHold how long a reservation is held when its request names no {@code holdSeconds} */
    public record Reservation(@DefaultValue("30m") Duration defaultHold) {
    }

    /**
     * @param dispatchDelay    from an accepted shipment request to the goods leaving the warehouse
     * @param deliveryDelay    from dispatch to delivery
     * @param standardCarrier  carrier of a STANDARD shipment that names none
     * @param expressCarrier   carrier of an EXPRESS shipment that names none
     */
    public record Shipment(
            @DefaultValue("30s") Duration dispatchDelay,
            @DefaultValue("2m") Duration deliveryDelay,
            @DefaultValue("ZTO-EXPRESS") String standardCarrier,
            @DefaultValue("SF-EXPRESS") String expressCarrier) {
    }

    /** @param leadTime from an accepted pull list to its goods receipt */
    public record Supplier(@DefaultValue("1m") Duration leadTime) {
    }

    /**
     * @param enabled          false runs the stub without Kafka consumers and producers (module tests)
     * @param groupPrefix      consumer group of a command topic: {@code <groupPrefix>.<topic>}
     * @param maxAttempts      processing attempts of one command before it goes to the dead-letter topic
     * @param retryBackoff     wait before the second attempt; doubles per attempt up to {@code maxRetryBackoff}
     * @param maxRetryBackoff  longest wait between two attempts
     * @param pollTimeout      longest a consumer waits for records; bounds how fast an outage takes effect
     */
    public record Messaging(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("scm-stub") String groupPrefix,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("500ms") Duration retryBackoff,
            @DefaultValue("10s") Duration maxRetryBackoff,
            @DefaultValue("250ms") Duration pollTimeout) {
    }

    /** @param pollInterval how often the expiry, shipment, goods-receipt and outbox jobs look for due work */
    public record Jobs(@DefaultValue("500ms") Duration pollInterval) {
    }

    /**
     * Fault knobs at start; every one is off by default and can be switched at run time (REST, JMX).
     *
     * @param latency          added before each command is processed
     * @param errorRate        probability (0..1) that one processing attempt fails
     * @param malformedEvents  precede every published event with a deliberately malformed copy
     * @param outage           start in a full outage
     * @param outageDuration   how long a configured outage lasts; zero: until ended over JMX
     */
    public record Faults(
            @DefaultValue("0ms") Duration latency,
            @DefaultValue("0") double errorRate,
            @DefaultValue("false") boolean malformedEvents,
            @DefaultValue("false") boolean outage,
            @DefaultValue("0s") Duration outageDuration) {
    }

    /** @param enabled register the fault and settings MBeans under the {@code eaihub.scm} domain */
    public record Jmx(@DefaultValue("true") boolean enabled) {
    }
}
