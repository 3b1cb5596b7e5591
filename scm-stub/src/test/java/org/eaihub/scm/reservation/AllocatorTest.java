package org.eaihub.scm.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eaihub.scm.reservation.Allocator.Allocation;
import org.eaihub.scm.reservation.Allocator.Line;
import org.eaihub.scm.reservation.Allocator.Plan;
import org.eaihub.scm.reservation.Allocator.Shortage;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private static final List<String> PRIORITY = List.of("WH-SH", "WH-BJ", "WH-GZ");

    @Test
    void aLineOneWarehouseCanFillComesFromTheFirstSuchWarehouseInPriorityOrder() {
        Plan plan = Allocator.allocate(List.of(new Line(1, "A", 8)),
                Map.of("A", Map.of("WH-SH", 5, "WH-BJ", 10, "WH-GZ", 50)), PRIORITY);

        assertThat(plan.lines().get(0).allocations()).containsExactly(new Allocation("WH-BJ", 8));
        assertThat(plan.complete()).isTrue();
        assertThat(plan.lines().get(0).shortage()).isNull();
    }

    @Test
    void anOrderOneWarehouseCanFillCompletelyShipsFromThatWarehouse() {
        // WH-SH could fill line 1 alone, but only WH-GZ can fill both lines: one parcel beats two.
        Plan plan = Allocator.allocate(List.of(new Line(1, "A", 5), new Line(2, "B", 5)),
                Map.of("A", Map.of("WH-SH", 9, "WH-GZ", 5), "B", Map.of("WH-SH", 0, "WH-BJ", 5, "WH-GZ", 6)),
                PRIORITY);

        assertThat(plan.lines())
                .allSatisfy(l -> assertThat(l.allocations()).containsExactly(new Allocation("WH-GZ", 5)));
    }

    @Test
    void withoutASingleWarehouseForTheOrderEachLineTakesItsOwnFirstFullWarehouse() {
        Plan plan = Allocator.allocate(List.of(new Line(1, "A", 5), new Line(2, "B", 5)),
                Map.of("A", Map.of("WH-SH", 9), "B", Map.of("WH-BJ", 5)), PRIORITY);

        assertThat(plan.lines().get(0).allocations()).containsExactly(new Allocation("WH-SH", 5));
        assertThat(plan.lines().get(1).allocations()).containsExactly(new Allocation("WH-BJ", 5));
    }

    @Test
    void aLineNoWarehouseCanFillIsSplitLargestStockFirst() {
        Plan plan = Allocator.allocate(List.of(new Line(1, "A", 20)),
                Map.of("A", Map.of("WH-SH", 4, "WH-BJ", 9, "WH-GZ", 9)), PRIORITY);

        // 9 and 9 tie: priority decides (WH-BJ before WH-GZ); the smallest stock comes last.
        assertThat(plan.lines().get(0).allocations()).containsExactly(
                new Allocation("WH-BJ", 9), new Allocation("WH-GZ", 9), new Allocation("WH-SH", 2));
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void whenStockIsShortEverythingAvailableIsAllocatedAndTheRestReported() {
        Plan plan = Allocator.allocate(List.of(new Line(1, "A", 30)),
                Map.of("A", Map.of("WH-SH", 4, "WH-BJ", 0, "WH-GZ", 10)), PRIORITY);

        Allocator.LineResult line = plan.lines().get(0);
        assertThat(line.allocations()).containsExactly(new Allocation("WH-GZ", 10), new Allocation("WH-SH", 4));
        assertThat(line.allocated()).isEqualTo(14);
        assertThat(line.unallocated()).isEqualTo(16);
        assertThat(line.shortage()).isEqualTo(Shortage.INSUFFICIENT_STOCK);
        assertThat(plan.complete()).isFalse();
        assertThat(plan.allocatesAnything()).isTrue();
    }

    @Test
    void withNothingAvailableNothingIsAllocated() {
        Plan plan = Allocator.allocate(List.of(new Line(1, "A", 3)),
                Map.of("A", Map.of("WH-SH", 0, "WH-BJ", 0, "WH-GZ", 0)), PRIORITY);

        assertThat(plan.lines().get(0).allocations()).isEmpty();
        assertThat(plan.lines().get(0).shortage()).isEqualTo(Shortage.INSUFFICIENT_STOCK);
        assertThat(plan.allocatesAnything()).isFalse();
    }

    @Test
    void anUnknownSkuIsNotAllocatedAndDoesNotBlockTheOtherLines() {
        Plan plan = Allocator.allocate(List.of(new Line(1, "NOPE", 3), new Line(2, "A", 2)),
                Map.of("A", Map.of("WH-BJ", 2)), PRIORITY);

        assertThat(plan.lines().get(0).shortage()).isEqualTo(Shortage.UNKNOWN_SKU);
        assertThat(plan.lines().get(0).allocations()).isEmpty();
        assertThat(plan.lines().get(1).allocations()).containsExactly(new Allocation("WH-BJ", 2));
        assertThat(plan.anyUnknownSku()).isTrue();
    }

    @Test
    void linesOfTheSameSkuDrawOnTheSameStockOneAfterTheOther() {
        Plan plan = Allocator.allocate(List.of(new Line(1, "A", 6), new Line(2, "A", 6)),
                Map.of("A", Map.of("WH-SH", 6, "WH-BJ", 3)), PRIORITY);

        assertThat(plan.lines().get(0).allocations()).containsExactly(new Allocation("WH-SH", 6));
        assertThat(plan.lines().get(1).allocations()).containsExactly(new Allocation("WH-BJ", 3));
        assertThat(plan.lines().get(1).unallocated()).isEqualTo(3);
    }

    @Test
    void theSameInputGivesTheSamePlan() {
        Map<String, Map<String, Integer>> stock = Map.of("A", Map.of("WH-SH", 7, "WH-BJ", 7, "WH-GZ", 7),
                "B", Map.of("WH-SH", 1, "WH-BJ", 2, "WH-GZ", 3));
        List<Line> lines = List.of(new Line(1, "A", 15), new Line(2, "B", 5));

        assertThat(Allocator.allocate(lines, stock, PRIORITY)).isEqualTo(Allocator.allocate(lines, stock, PRIORITY));
    }
}
