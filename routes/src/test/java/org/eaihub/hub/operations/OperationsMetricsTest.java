package org.eaihub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

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
}
