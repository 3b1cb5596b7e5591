package org.eaihub.scm.stock;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Demand to replenish one SKU in one warehouse; at most one is open per SKU and warehouse. */
@Entity
@Table(name = "replenishment_demand")
public class ReplenishmentDemand {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "demand_id", nullable = false)
    private String demandId;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String warehouse;
    @Column(nullable = false)
    private int quantity;
    @Column(nullable = false)
    private int available;
    @Column(name = "reorder_point", nullable = false)
    private int reorderPoint;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected ReplenishmentDemand() {
    }

    ReplenishmentDemand(String demandId, StockItem stock, int quantity, String requestId, Instant at) {
        this.demandId = demandId;
        this.sku = stock.getSku();
        this.warehouse = stock.getWarehouse();
        this.quantity = quantity;
        this.available = stock.available();
        this.reorderPoint = stock.getReorderPoint();
        this.status = Status.OPEN;
        this.requestId = requestId;
        this.raisedAt = at;
    }

    void close(Instant at) {
        status = Status.CLOSED;
        closedAt = at;
    }

    public String getDemandId() {
        return demandId;
    }

    public String getSku() {
        return sku;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public int getQuantity() {
        return quantity;
    }

    public Status getStatus() {
        return status;
    }
}
