package org.eaihub.crm.atp;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One SKU's availability as the REST API shows it, warehouses by name. */
public record AtpView(String sku, long totalAvailable, Instant asOf, List<Warehouse> warehouses) {

    public record Warehouse(String warehouse, long available, Instant asOf) {
    }

    static AtpView of(String sku, AtpFigures f) {
        return new AtpView(sku, f.totalAvailable(), f.totalAsOf(), f.warehouses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(w -> new Warehouse(w.getKey(), w.getValue().available(), w.getValue().asOf())).toList());
    }
}
