package org.eaihub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eaihub.hub.deadletter.DeadLetterService;

import org.eaihub.hub.order.SagaState;
import org.eaihub.hub.reconciliation.ReconciliationReport;
import org.junit.jupiter.api.Test;

class OperationsMetricsTest {

    @Test
    void everySagaStateHasACountOnceRead() {
        var counts = OperationsMetrics.sagaCounts(List.of(new Object[] {"COMPLETED", 7L},
                new Object[] {"SHIPPING", 2L}, new Object[] {"A_STATE_FROM_A_NEWER_HUB", 1L}));

        assertThat(counts).hasSize(SagaState.values().length).containsEntry(SagaState.COMPLETED, 7L)
                .containsEntry(SagaState.SHIPPING, 2L).containsEntry(SagaState.RECEIVED, 0L);
    }

    @Test
    void driftIsCountedPerGroup() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        var report = new ReconciliationReport(at, at, "1@host", false, 10, 11, List.of("C-000001"),
                List.of("0010000002", "0010000003"), List.of(), 0, List.of());

        assertThat(OperationsMetrics.driftOf(report)).containsEntry("onlyInCrm", 1L).containsEntry("onlyInErp", 2L)
                .containsEntry("different", 0L).containsOnlyKeys(OperationsMetrics.DRIFT_GROUPS);
    }

    @Test
    void deadLetterDepthsListEveryDeclaredQueueInOrderAndLeaveUnansweredOnesUnknown() {
        DeadLetterService broker = new DeadLetterService(null) {
            @Override
            public Map<String, Long> depths(Collection<String> queues) {
                Map<String, Long> answered = new LinkedHashMap<>();
                answered.put("DLQ.hub.in.order", 3L);
                answered.put("DLQ", 0L);
                return answered;
            }
        };
        var metrics = new OperationsMetrics(List.of("DLQ", "DLQ.hub.in.order", "DLQ.hub.in.customer"), broker, null,
                Optional::empty, Duration.ofSeconds(10), Clock.systemUTC());

        assertThat(metrics.deadLetterDepths()).containsExactly(new OperationsMetrics.QueueDepth("DLQ", 0L),
                new OperationsMetrics.QueueDepth("DLQ.hub.in.order", 3L),
                new OperationsMetrics.QueueDepth("DLQ.hub.in.customer", null));
    }
}
