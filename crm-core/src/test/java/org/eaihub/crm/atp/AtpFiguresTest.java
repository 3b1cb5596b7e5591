package org.eaihub.crm.atp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AtpFiguresTest {

    private static final Instant T1 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T2.plusSeconds(60);

    private static AtpUpdate update(Instant asOf, long total, String warehouse, long available) {
        return new AtpUpdate(asOf, total, List.of(new AtpUpdate.Warehouse(warehouse, available)));
    }

    @Test
    void aNewerFigureReplacesAnOlderOneIsIgnored() {
        AtpFigures figures = AtpFigures.of(update(T2, 300, "WH-SH", 100));

        AtpFigures older = figures.mergedWith(update(T1, 250, "WH-SH", 50));
        assertThat(older).isEqualTo(figures);

        AtpFigures newer = figures.mergedWith(update(T3, 280, "WH-SH", 80));
        assertThat(newer.totalAvailable()).isEqualTo(280);
        assertThat(newer.warehouses()).containsEntry("WH-SH", new AtpFigures.Figure(80, T3));
    }

    @Test
    void eachWarehouseKeepsItsOwnTimeSoEventsOfDifferentWarehousesMayCrossEachOther() {
        AtpFigures figures = AtpFigures.of(update(T3, 320, "WH-BJ", 20))
                .mergedWith(update(T2, 300, "WH-SH", 100));

        assertThat(figures.warehouses()).isEqualTo(Map.of("WH-BJ", new AtpFigures.Figure(20, T3),
                "WH-SH", new AtpFigures.Figure(100, T2)));
        assertThat(figures.totalAvailable()).as("the older total stays out").isEqualTo(320);
        assertThat(figures.totalAsOf()).isEqualTo(T3);
    }

    @Test
    void anEquallyOldFigureChangesNothing() {
        AtpFigures figures = AtpFigures.of(update(T2, 300, "WH-SH", 100));
        assertThat(figures.mergedWith(update(T2, 1, "WH-SH", 1))).isEqualTo(figures);
    }
}
