package org.eaihub.hub.replenishment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eaihub.adapters.scm.PullListWriter;

/**
 * Turns the open demands into pull lists: one per supplier (more only when a supplier's lines exceed what one pull
 * list may carry), one line per SKU and warehouse with the demands' quantities summed, lines in SKU and warehouse
 * order. A demand that would push a line past the largest quantity a line may have stays open for the next pull
 * list, so nothing is lost and nothing is cut.
 */
public final class PullListConsolidation {

    /** A pull list to store and send, with the demands it settles. */
    public record Planned(String pullListId, String supplier, List<PullListWriter.Line> lines, List<String> demandIds) {
    }

    private final int maxLines;
    private final long maxQuantity;

    public PullListConsolidation() {
        this(PullListWriter.MAX_LINES, PullListWriter.MAX_QUANTITY);
    }

    PullListConsolidation(int maxLines, long maxQuantity) {
        this.maxLines = maxLines;
        this.maxQuantity = maxQuantity;
    }

    private record Key(String sku, String warehouse) {
    }

    public List<Planned> plan(List<OpenDemand> demands, Supplier<String> newPullListId) {
        Map<String, Map<Key, List<OpenDemand>>> bySupplier = new TreeMap<>();
        for (OpenDemand demand : demands.stream().sorted(Comparator.comparing(OpenDemand::demandId)).toList()) {
            bySupplier.computeIfAbsent(demand.supplier(), s -> new TreeMap<>(Comparator.comparing(Key::sku)
                    .thenComparing(Key::warehouse))).computeIfAbsent(new Key(demand.sku(), demand.warehouse()),
                            k -> new ArrayList<>()).add(demand);
        }
        List<Planned> planned = new ArrayList<>();
        bySupplier.forEach((supplier, lines) -> {
            List<PullListWriter.Line> chunk = new ArrayList<>();
            List<String> settled = new ArrayList<>();
            for (Map.Entry<Key, List<OpenDemand>> line : lines.entrySet()) {
                long quantity = 0;
                List<String> ids = new ArrayList<>();
                for (OpenDemand demand : line.getValue()) {
                    if (demand.quantity() <= 0 || quantity + demand.quantity() > maxQuantity) {
                        continue;
                    }
                    quantity += demand.quantity();
                    ids.add(demand.demandId());
                }
                if (ids.isEmpty()) {
                    continue;
                }
                if (chunk.size() == maxLines) {
                    planned.add(new Planned(newPullListId.get(), supplier, List.copyOf(chunk), List.copyOf(settled)));
                    chunk.clear();
                    settled.clear();
                }
                chunk.add(new PullListWriter.Line(line.getKey().sku(), line.getKey().warehouse(), quantity));
                settled.addAll(ids);
            }
            if (!chunk.isEmpty()) {
                planned.add(new Planned(newPullListId.get(), supplier, List.copyOf(chunk), List.copyOf(settled)));
            }
        });
        return planned;
    }

    /** Which supplier a demand goes to: the one the event names, else the one configured for its SKU, else the default. */
    public static String supplierOf(String named, String sku, Map<String, String> bySku, String defaultSupplier) {
        if (named != null && !named.isBlank()) {
            return named;
        }
        return bySku.getOrDefault(sku, defaultSupplier);
    }
}
