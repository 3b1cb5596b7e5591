package org.eaihub.hub.order;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Read-only views of the sagas, for Order Watch (REST and SOAP) and for operators. */
public class OrderSagaQueries {

    private final OrderSagaStore store;

    public OrderSagaQueries(OrderSagaStore store) {
        this.store = store;
    }

    public Optional<OrderTrackingView> tracking(String orderNumber) {
        return store.find(orderNumber).map(saga -> OrderTrackingView.of(saga, store.shipments(orderNumber),
                store.steps(orderNumber)));
    }

    /** A saga as the operators' list shows it (no order body). */
    public record SagaSummary(String orderNumber, String customerId, String state, String reason, boolean overdue,
            String nextDeadline, String correlationId, String updatedAt) {

        static SagaSummary of(OrderSaga saga) {
            return new SagaSummary(saga.orderNumber(), saga.customerId(), saga.state().name(), saga.reason(),
                    saga.overdue(), saga.deadlineAt() == null ? null : saga.deadlineAt().toString(),
                    saga.correlationId(), saga.updatedAt().toString());
        }
    }

    /** How many sagas are in each state, and the latest ones (newest first). */
    public record SagaOverview(Map<String, Long> countsByState, long open, List<SagaSummary> latest) {
    }

    /** The counts per state and up to {@code max} of the most recently changed sagas (only open ones if asked). */
    public SagaOverview overview(boolean openOnly, int max) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : store.countByState()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new SagaOverview(counts, openOf(counts),
                store.latest(openOnly, max).stream().map(SagaSummary::of).toList());
    }

    /** Sagas not in a terminal state (a state this version does not know counts as open). */
    static long openOf(Map<String, Long> countsByState) {
        EnumSet<SagaState> terminal = EnumSet.of(SagaState.COMPLETED, SagaState.REJECTED, SagaState.CANCELLED);
        return countsByState.entrySet().stream()
                .filter(e -> terminal.stream().noneMatch(t -> t.name().equals(e.getKey())))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
