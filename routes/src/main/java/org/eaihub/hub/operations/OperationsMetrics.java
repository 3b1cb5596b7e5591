package org.eaihub.hub.operations;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.eaihub.hub.deadletter.DeadLetterService;
import org.eaihub.hub.order.OrderSagaStore;
import org.eaihub.hub.order.SagaState;
import org.eaihub.hub.reconciliation.ReconciliationReport;

/**
 * The hub's own gauges: messages in each dead-letter queue ({@code eaihub_dlq_depth{queue}}), order sagas per state
 * ({@code eaihub_saga_orders{state}}) and the drift the latest reconciliation found per group
 * ({@code eaihub_reconciliation_drift{group}}). Each source is read at most once per time to live (one broker
 * round, one query), whatever the number of gauges and scrapers; a source that cannot be read keeps its previous
 * figures, and a figure never read is NaN.
 */
public class OperationsMetrics implements MeterBinder {

    static final String DLQ_DEPTH = "eaihub.dlq.depth";
    static final String SAGA_ORDERS = "eaihub.saga.orders";
    static final String RECONCILIATION_DRIFT = "eaihub.reconciliation.drift";
    static final List<String> DRIFT_GROUPS = List.of("onlyInCrm", "onlyInErp", "different");

    private final List<String> deadLetterQueues;
    private final CachedReading<Map<String, Long>> depths;
    private final CachedReading<Map<SagaState, Long>> sagas;
    private final CachedReading<Map<String, Long>> drift;

    public OperationsMetrics(List<String> deadLetterQueues, DeadLetterService deadLetters, OrderSagaStore sagaStore,
            Supplier<Optional<ReconciliationReport>> latestReconciliation, Duration ttl, Clock clock) {
        this.deadLetterQueues = List.copyOf(deadLetterQueues);
        this.depths = new CachedReading<>("dead-letter queue depths", () -> {
            try {
                return deadLetters.depths(this.deadLetterQueues);
            } catch (Exception e) {
                throw new IllegalStateException("Broker management did not answer", e);
            }
        }, ttl, clock, Map.of());
        this.sagas = new CachedReading<>("saga states", () -> sagaCounts(sagaStore.countByState()), ttl, clock,
                Map.of());
        this.drift = new CachedReading<>("reconciliation drift", () -> latestReconciliation.get()
                .map(OperationsMetrics::driftOf).orElse(Map.of()), ttl, clock, Map.of());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String queue : deadLetterQueues) {
            Gauge.builder(DLQ_DEPTH, () -> value(depths.get(), queue)).tag("queue", queue)
                    .description("Messages in the dead-letter queue").register(registry);
        }
        for (SagaState state : SagaState.values()) {
            Gauge.builder(SAGA_ORDERS, () -> value(sagas.get(), state)).tag("state", state.name())
                    .description("Order-to-cash sagas in the state").register(registry);
        }
        for (String group : DRIFT_GROUPS) {
            Gauge.builder(RECONCILIATION_DRIFT, () -> value(drift.get(), group)).tag("group", group)
                    .description("Customers in the group in the latest reconciliation report").register(registry);
        }
    }

    /** A dead-letter queue's depth as last read (null when it could never be read). */
    public record QueueDepth(String queue, Long depth) {
    }

    /**
     * Every declared dead-letter queue with its depth, in {@code broker.xml} order: the figures behind
     * {@code eaihub_dlq_depth}, read at most once per time to live whoever asks (scrapers, the dashboard).
     */
    public List<QueueDepth> deadLetterDepths() {
        Map<String, Long> read = depths.get();
        return deadLetterQueues.stream().map(queue -> new QueueDepth(queue, read.get(queue))).toList();
    }

    private static <K> double value(Map<K, Long> figures, K key) {
        Long figure = figures.get(key);
        return figure == null ? Double.NaN : figure;
    }

    /** Every state gets a figure (0 when no saga is in it) once the counts could be read. */
    static Map<SagaState, Long> sagaCounts(List<Object[]> rows) {
        Map<SagaState, Long> counts = new EnumMap<>(SagaState.class);
        for (SagaState state : SagaState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : rows) {
            try {
                counts.put(SagaState.valueOf((String) row[0]), ((Number) row[1]).longValue());
            } catch (IllegalArgumentException unknownState) {
                // a state written by a newer hub version: not one of this version's gauges
            }
        }
        return counts;
    }

    static Map<String, Long> driftOf(ReconciliationReport report) {
        Map<String, Long> drift = new LinkedHashMap<>();
        drift.put("onlyInCrm", (long) report.onlyInCrm().size());
        drift.put("onlyInErp", (long) report.onlyInErp().size());
        drift.put("different", (long) report.different().size());
        return drift;
    }
}
