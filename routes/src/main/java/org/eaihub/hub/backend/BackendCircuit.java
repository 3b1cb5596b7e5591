package org.eaihub.hub.backend;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backend's circuit breaker (resilience4j) that pauses the routes depending on the backend while it is
 * unreachable. The first connection fault opens the circuit: the routes' consumers are suspended, so their
 * messages wait in the broker (the failed one rolled back) instead of burning their delivery attempts. A probe
 * (a cheap request to the backend, outside any message) runs every probe interval; when it succeeds the circuit
 * closes and the routes resume. Only {@link BackendUnavailableException} counts as a failure.
 */
public class BackendCircuit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackendCircuit.class);

    private final String backend;
    private final CircuitBreaker breaker;
    private final RoutePauses pauses;
    private final List<String> routeIds;
    private final BooleanSupplier probe;
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean paused = new AtomicBoolean();

    public BackendCircuit(String backend, RoutePauses pauses, List<String> routeIds, BooleanSupplier probe,
            Duration probeInterval) {
        this.backend = backend;
        this.pauses = pauses;
        this.routeIds = List.copyOf(routeIds);
        this.probe = probe;
        this.breaker = CircuitBreaker.of(backend, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1)
                .minimumNumberOfCalls(1)
                .failureRateThreshold(100)
                .recordExceptions(BackendUnavailableException.class)
                .ignoreExceptions(BusinessFaultException.class)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .waitDurationInOpenState(Duration.ofDays(365))
                .build());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, backend + "-circuit");
            thread.setDaemon(true);
            return thread;
        });
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> scheduler.execute(this::pause);
                case CLOSED -> scheduler.execute(this::resume);
                default -> {
                }
            }
        });
        scheduler.scheduleWithFixedDelay(this::probeIfOpen, probeInterval.toMillis(), probeInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Runs a call to the backend; while the circuit is open it fails at once as unavailable. */
    public <T> T call(Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new BackendUnavailableException(backend, open);
        }
    }

    public boolean isOpen() {
        return breaker.getState() != CircuitBreaker.State.CLOSED;
    }

    public String state() {
        return breaker.getState().name();
    }

    private void probeIfOpen() {
        if (breaker.getState() == CircuitBreaker.State.CLOSED) {
            return;
        }
        boolean reachable;
        try {
            reachable = probe.getAsBoolean();
        } catch (RuntimeException e) {
            reachable = false;
        }
        if (reachable) {
            LOG.info("{} is reachable again: closing the circuit", backend);
            breaker.transitionToClosedState();
        }
    }

    private void pause() {
        if (paused.compareAndSet(false, true)) {
            LOG.warn("{} is unavailable: pausing routes {}", backend, routeIds);
            try {
                pauses.hold(backend, routeIds);
            } catch (Exception e) {
                LOG.warn("Could not pause routes {}: {}", routeIds, e.toString());
            }
        }
    }

    private void resume() {
        if (paused.compareAndSet(true, false)) {
            LOG.info("{} is back: resuming routes {} unless another backend holds them", backend, routeIds);
            try {
                pauses.release(backend, routeIds);
            } catch (Exception e) {
                LOG.warn("Could not resume routes {}: {}", routeIds, e.toString());
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
