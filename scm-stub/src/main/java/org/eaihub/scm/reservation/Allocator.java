package org.eaihub.scm.reservation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where an order's lines are taken from. The rules, in order:
 * <ol>
 * <li>One warehouse that can fill every line of the order ships it in one parcel: the first such warehouse in
 *     priority order.</li>
 * <li>Otherwise each line, in the order given, from the first warehouse in priority order that can fill the
 *     whole line.</li>
 * <li>Otherwise the line is split: the warehouse with the most available stock first (ties by priority), so
 *     that the line is spread over as few warehouses as possible.</li>
 * <li>What no warehouse has stays unallocated (INSUFFICIENT_STOCK); a SKU the SCM does not stock is not
 *     allocated at all (UNKNOWN_SKU).</li>
 * </ol>
 * Lines of the same SKU draw on the same stock, one after the other. Pure and deterministic: same input, same
 * plan.
 */
public final class Allocator {

    public enum Shortage { INSUFFICIENT_STOCK, UNKNOWN_SKU }

    public record Line(int lineNo, String sku, int quantity) {
    }

    public record Allocation(String warehouse, int quantity) {
    }

    /** @param shortage why part of the line is unallocated; null when the line is complete */
    public record LineResult(int lineNo, String sku, int requested, List<Allocation> allocations, Shortage shortage) {

        public int allocated() {
            return allocations.stream().mapToInt(Allocation::quantity).sum();
        }

        public int unallocated() {
            return requested - allocated();
        }
    }

    public record Plan(List<LineResult> lines) {

        public boolean complete() {
            return lines.stream().allMatch(l -> l.unallocated() == 0);
        }

        public boolean allocatesAnything() {
            return lines.stream().anyMatch(l -> l.allocated() > 0);
        }

        public boolean anyUnknownSku() {
            return lines.stream().anyMatch(l -> l.shortage() == Shortage.UNKNOWN_SKU);
        }
    }

    private Allocator() {
    }

    /**
     * @param available           available stock by SKU, then by warehouse; a SKU missing here is unknown
     * @param warehousesByPriority every warehouse, first choice first
     */
    public static Plan allocate(List<Line> lines, Map<String, Map<String, Integer>> available,
            List<String> warehousesByPriority) {
        Map<String, Map<String, Integer>> remaining = new HashMap<>();
        available.forEach((sku, byWarehouse) -> remaining.put(sku, new HashMap<>(byWarehouse)));

        String single = singleWarehouseFor(lines, remaining, warehousesByPriority);
        List<LineResult> results = new ArrayList<>();
        for (Line line : lines) {
            Map<String, Integer> stock = remaining.get(line.sku());
            if (stock == null) {
                results.add(new LineResult(line.lineNo(), line.sku(), line.quantity(), List.of(),
                        Shortage.UNKNOWN_SKU));
                continue;
            }
            List<Allocation> allocations = single != null
                    ? List.of(new Allocation(single, line.quantity()))
                    : allocateLine(line.quantity(), stock, warehousesByPriority);
            allocations.forEach(a -> stock.merge(a.warehouse(), -a.quantity(), Integer::sum));
            int allocated = allocations.stream().mapToInt(Allocation::quantity).sum();
            results.add(new LineResult(line.lineNo(), line.sku(), line.quantity(), allocations,
                    allocated < line.quantity() ? Shortage.INSUFFICIENT_STOCK : null));
        }
        return new Plan(results);
    }

    /** The first warehouse in priority order that can fill every line of a known SKU, or null. */
    private static String singleWarehouseFor(List<Line> lines, Map<String, Map<String, Integer>> stock,
            List<String> warehousesByPriority) {
        Map<String, Integer> demand = new LinkedHashMap<>();
        lines.stream().filter(l -> stock.containsKey(l.sku()))
                .forEach(l -> demand.merge(l.sku(), l.quantity(), Integer::sum));
        if (demand.isEmpty()) {
            return null;
        }
        for (String warehouse : warehousesByPriority) {
            boolean fills = demand.entrySet().stream()
                    .allMatch(d -> stock.get(d.getKey()).getOrDefault(warehouse, 0) >= d.getValue());
            if (fills) {
                return warehouse;
            }
        }
        return null;
    }

    private static List<Allocation> allocateLine(int quantity, Map<String, Integer> stock,
            List<String> warehousesByPriority) {
        for (String warehouse : warehousesByPriority) {
            if (stock.getOrDefault(warehouse, 0) >= quantity) {
                return List.of(new Allocation(warehouse, quantity));
            }
        }
        List<String> byStock = new ArrayList<>(warehousesByPriority);
        byStock.sort(Comparator.comparingInt((String w) -> stock.getOrDefault(w, 0)).reversed()
                .thenComparingInt(warehousesByPriority::indexOf));
        List<Allocation> allocations = new ArrayList<>();
        int open = quantity;
        for (String warehouse : byStock) {
            int take = Math.min(open, stock.getOrDefault(warehouse, 0));
            if (take > 0) {
                allocations.add(new Allocation(warehouse, take));
                open -= take;
            }
            if (open == 0) {
                break;
            }
        }
        return allocations;
    }
}
