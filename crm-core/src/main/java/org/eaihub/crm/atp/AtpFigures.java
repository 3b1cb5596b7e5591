package org.eaihub.crm.atp;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the CRM knows of one SKU's availability. Each figure carries the time it was true: an update replaces the
 * total, and each warehouse's figure, only when it is newer (a later {@code asOf}); an older or equally old figure is
 * ignored, so updates that arrive out of order leave the newest figures in place.
 */
public record AtpFigures(long totalAvailable, Instant totalAsOf, Map<String, Figure> warehouses) {

    public record Figure(long available, Instant asOf) {
    }

    public AtpFigures {
        warehouses = Map.copyOf(warehouses);
    }

    public static AtpFigures of(AtpUpdate update) {
        return new AtpFigures(update.totalAvailable(), update.asOf(), Map.of()).mergedWith(update);
    }

    public AtpFigures mergedWith(AtpUpdate update) {
        boolean newerTotal = update.asOf().isAfter(totalAsOf);
        Map<String, Figure> merged = new TreeMap<>(warehouses);
        for (AtpUpdate.Warehouse w : update.warehouses()) {
            Figure known = merged.get(w.warehouse());
            if (known == null || update.asOf().isAfter(known.asOf())) {
                merged.put(w.warehouse(), new Figure(w.available(), update.asOf()));
            }
        }
        return new AtpFigures(newerTotal ? update.totalAvailable() : totalAvailable,
                newerTotal ? update.asOf() : totalAsOf, merged);
    }
}
