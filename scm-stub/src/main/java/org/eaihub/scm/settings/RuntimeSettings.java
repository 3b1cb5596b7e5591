package org.eaihub.scm.settings;

import java.time.Duration;

import org.eaihub.scm.ScmProperties;
import org.springframework.stereotype.Component;

/**
 * The delays and retry settings in force. They start from the configuration ({@code eaihub.scm.*}) and can be
 * changed while the SCM runs; a change applies to what is planned from then on (a shipment keeps the dispatch
 * time it got when it was accepted). {@link #reset()} goes back to the configuration.
 */
@Component
public class RuntimeSettings {

    /** Upper bound of every delay. */
    public static final Duration MAX_DELAY = Duration.ofDays(7);
    public static final int MAX_ATTEMPTS = 100;

    /** The settings as numbers, for REST and JMX. */
    public record Values(Long dispatchDelayMs, Long deliveryDelayMs, Long supplierLeadTimeMs,
            Long defaultReservationHoldMs, Integer maxAttempts, Long retryBackoffMs) {
    }

    private final ScmProperties properties;
    private volatile Duration dispatchDelay;
    private volatile Duration deliveryDelay;
    private volatile Duration supplierLeadTime;
    private volatile Duration defaultReservationHold;
    private volatile int maxAttempts;
    private volatile Duration retryBackoff;

    public RuntimeSettings(ScmProperties properties) {
        this.properties = properties;
        reset();
    }

    public final synchronized void reset() {
        dispatchDelay = properties.shipment().dispatchDelay();
        deliveryDelay = properties.shipment().deliveryDelay();
        supplierLeadTime = properties.supplier().leadTime();
        defaultReservationHold = properties.reservation().defaultHold();
        maxAttempts = properties.messaging().maxAttempts();
        retryBackoff = properties.messaging().retryBackoff();
    }

    /** Applies the values that are set; checks them all before changing any. */
    public synchronized Values update(Values update) {
        Duration dispatch = delay("dispatchDelayMs", update.dispatchDelayMs(), dispatchDelay);
        Duration delivery = delay("deliveryDelayMs", update.deliveryDelayMs(), deliveryDelay);
        Duration lead = delay("supplierLeadTimeMs", update.supplierLeadTimeMs(), supplierLeadTime);
        Duration hold = delay("defaultReservationHoldMs", update.defaultReservationHoldMs(), defaultReservationHold);
        Duration backoff = delay("retryBackoffMs", update.retryBackoffMs(), retryBackoff);
        int attempts = update.maxAttempts() == null ? maxAttempts : update.maxAttempts();
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and " + MAX_ATTEMPTS);
        }
        if (hold.isZero()) {
            throw new IllegalArgumentException("defaultReservationHoldMs must be positive");
        }
        dispatchDelay = dispatch;
        deliveryDelay = delivery;
        supplierLeadTime = lead;
        defaultReservationHold = hold;
        retryBackoff = backoff;
        maxAttempts = attempts;
        return values();
    }

    private static Duration delay(String name, Long millis, Duration current) {
        if (millis == null) {
            return current;
        }
        if (millis < 0 || millis > MAX_DELAY.toMillis()) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX_DELAY.toMillis());
        }
        return Duration.ofMillis(millis);
    }

    public Values values() {
        return new Values(dispatchDelay.toMillis(), deliveryDelay.toMillis(), supplierLeadTime.toMillis(),
                defaultReservationHold.toMillis(), maxAttempts, retryBackoff.toMillis());
    }

    public Duration dispatchDelay() {
        return dispatchDelay;
    }

    public Duration deliveryDelay() {
        return deliveryDelay;
    }

    public Duration supplierLeadTime() {
        return supplierLeadTime;
    }

    public Duration defaultReservationHold() {
        return defaultReservationHold;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after the given failed attempt (1, 2, ...): doubling from the retry backoff, capped. */
    public Duration backoffAfter(int attempt) {
        Duration max = properties.messaging().maxRetryBackoff();
        Duration backoff = retryBackoff;
        for (int i = 1; i < attempt && backoff.compareTo(max) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(max) > 0 ? max : backoff;
    }
}
