package org.eaihub.crm.atp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** The stored {@link AtpFigures} of one SKU. */
@Entity
@Table(name = "atp_balance")
public class AtpBalance {

    @Id @Column(name = "sku")
    private String sku;
    @Column(name = "total_available")
    private long totalAvailable;
    @Column(name = "total_as_of")
    private Instant totalAsOf;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "atp_warehouse", joinColumns = @JoinColumn(name = "sku"))
    private List<WarehouseAvailability> warehouses = new ArrayList<>();

    protected AtpBalance() {
    }

    AtpBalance(String sku, AtpFigures figures) {
        this.sku = sku;
        set(figures);
    }

    public String getSku() {
        return sku;
    }

    public AtpFigures figures() {
        return new AtpFigures(totalAvailable, totalAsOf, warehouses.stream().collect(Collectors.toMap(
                WarehouseAvailability::warehouse, w -> new AtpFigures.Figure(w.available(), w.asOf()))));
    }

    void set(AtpFigures figures) {
        totalAvailable = figures.totalAvailable();
        totalAsOf = figures.totalAsOf();
        warehouses.clear();
        for (Map.Entry<String, AtpFigures.Figure> w : figures.warehouses().entrySet()) {
            warehouses.add(new WarehouseAvailability(w.getKey(), w.getValue().available(), w.getValue().asOf()));
        }
    }
}
