package org.eaihub.hub.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eaihub.adapters.scm.PullListWriter.Line;
import org.junit.jupiter.api.Test;

class PullListConsolidationTest {

    private final AtomicInteger ids = new AtomicInteger();
    private final Supplier<String> newId = () -> "PL-" + ids.incrementAndGet();

    @Test
    void oneSuppliersDemandsBecomeOnePullListWithQuantitiesSummedPerSkuAndWarehouse() {
        var planned = new PullListConsolidation().plan(List.of(
                new OpenDemand("RD-000000003", "SUP-001", "SKU-00002", "WH-SH", 10),
                new OpenDemand("RD-000000001", "SUP-001", "SKU-00001", "WH-SH", 107),
                new OpenDemand("RD-000000002", "SUP-001", "SKU-00001", "WH-SH", 20),
                new OpenDemand("RD-000000004", "SUP-001", "SKU-00001", "WH-BJ", 5)), newId);

        assertThat(planned).singleElement().satisfies(p -> {
            assertThat(p.pullListId()).isEqualTo("PL-1");
            assertThat(p.supplier()).isEqualTo("SUP-001");
            assertThat(p.lines()).containsExactly(new Line("SKU-00001", "WH-BJ", 5), new Line("SKU-00001", "WH-SH", 127),
                    new Line("SKU-00002", "WH-SH", 10));
            assertThat(p.demandIds()).containsExactlyInAnyOrder("RD-000000001", "RD-000000002", "RD-000000003",
                    "RD-000000004");
        });
    }

    @Test
    void eachSupplierGetsItsOwnPullList() {
        var planned = new PullListConsolidation().plan(List.of(
                new OpenDemand("RD-000000001", "SUP-002", "SKU-00001", "WH-SH", 1),
                new OpenDemand("RD-000000002", "SUP-001", "SKU-00002", "WH-SH", 2)), newId);

        assertThat(planned).extracting(PullListConsolidation.Planned::supplier).containsExactly("SUP-001", "SUP-002");
        assertThat(planned).extracting(PullListConsolidation.Planned::pullListId).doesNotHaveDuplicates();
    }

    @Test
    void nothingOpenIsNoPullList() {
        assertThat(new PullListConsolidation().plan(List.of(), newId)).isEmpty();
    }

    @Test
    void tooManyLinesAreSplitOverSeveralPullListsOfTheSameSupplier() {
        var planned = new PullListConsolidation(2, 1_000_000).plan(List.of(
                new OpenDemand("RD-000000001", "SUP-001", "SKU-00001", "WH-SH", 1),
                new OpenDemand("RD-000000002", "SUP-001", "SKU-00002", "WH-SH", 1),
                new OpenDemand("RD-000000003", "SUP-001", "SKU-00003", "WH-SH", 1)), newId);

        assertThat(planned).hasSize(2);
        assertThat(planned.get(0).lines()).hasSize(2);
        assertThat(planned.get(1).lines()).containsExactly(new Line("SKU-00003", "WH-SH", 1));
        assertThat(planned.get(1).demandIds()).containsExactly("RD-000000003");
    }

    @Test
    void aDemandThatWouldOverfillALineWaitsForTheNextPullList() {
        var planned = new PullListConsolidation(500, 100).plan(List.of(
                new OpenDemand("RD-000000001", "SUP-001", "SKU-00001", "WH-SH", 60),
                new OpenDemand("RD-000000002", "SUP-001", "SKU-00001", "WH-SH", 60)), newId);

        assertThat(planned).singleElement().satisfies(p -> {
            assertThat(p.lines()).containsExactly(new Line("SKU-00001", "WH-SH", 60));
            assertThat(p.demandIds()).containsExactly("RD-000000001");
        });
    }

    @Test
    void theSupplierIsTheOneNamedElseTheSkusElseTheDefault() {
        Map<String, String> bySku = Map.of("SKU-00007", "SUP-007");
        assertThat(PullListConsolidation.supplierOf("SUP-009", "SKU-00007", bySku, "SUP-001")).isEqualTo("SUP-009");
        assertThat(PullListConsolidation.supplierOf(null, "SKU-00007", bySku, "SUP-001")).isEqualTo("SUP-007");
        assertThat(PullListConsolidation.supplierOf(null, "SKU-00008", bySku, "SUP-001")).isEqualTo("SUP-001");
    }
}
