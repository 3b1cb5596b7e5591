package org.eaihub.scm.stock;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Stock of one SKU in one warehouse. Every movement keeps {@code 0 <= reserved <= onHand} (the database checks
 * it too); {@code available = onHand - reserved} is what can still be promised. Rows are changed only under a
 * pessimistic lock taken in (sku, warehouse) order, so concurrent movements neither lose updates nor deadlock.
 */
@Entity
@Table(name = "stock_item")
public class StockItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String warehouse;
    @Column(name = "on_hand", nullable = false)
    private int onHand;
    @Column(nullable = false)
    private int reserved;
    @Column(name = "reorder_point", nullable = false)
    private int reorderPoint;
    @Column(name = "reorder_quantity", nullable = false)
    private int reorderQuantity;
    /** Grows by one per published change: the order of this row's InventoryChanged events. */
    @Column(nullable = false)
    private long revision;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StockItem() {
    }

    public StockItem(String sku, String warehouse, int onHand, int reorderPoint, int reorderQuantity, Instant at) {
        this.sku = sku;
        this.warehouse = warehouse;
        this.onHand = onHand;
        this.reorderPoint = reorderPoint;
        this.reorderQuantity = reorderQuantity;
        this.updatedAt = at;
    }

    public int available() {
        return onHand - reserved;
    }

    void reserve(int quantity, Instant at) {
        requirePositive(quantity);
        if (quantity > available()) {
            throw new IllegalStateException("Cannot reserve " + quantity + " of " + sku + " in " + warehouse
                    + ": only " + available() + " available");
        }
        reserved += quantity;
        updatedAt = at;
    }

    void release(int quantity, Instant at) {
        requirePositive(quantity);
        if (quantity > reserved) {
            throw new IllegalStateException("Cannot release " + quantity + " of " + sku + " in " + warehouse
                    + ": only " + reserved + " reserved");
        }
        reserved -= quantity;
        updatedAt = at;
    }

    /** Reserved goods leave the warehouse: on hand and reserved drop together, available stays. */
    void ship(int quantity, Instant at) {
        release(quantity, at);
        onHand -= quantity;
    }

    void receive(int quantity, Instant at) {
        requirePositive(quantity);
        onHand += quantity;
        updatedAt = at;
    }

    long nextRevision() {
        return ++revision;
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A stock movement needs a positive quantity, not " + quantity);
        }
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    public int getReorderPoint() {
        return reorderPoint;
    }

    public int getReorderQuantity() {
        return reorderQuantity;
    }

    public long getRevision() {
        return revision;
    }
}
