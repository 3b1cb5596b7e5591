package org.eaihub.scm.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Quantity of one SKU received into one warehouse. */
@Entity
@Table(name = "goods_receipt_line")
public class GoodsReceiptLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String warehouse;
    @Column(nullable = false)
    private int quantity;

    protected GoodsReceiptLine() {
    }

    GoodsReceiptLine(String sku, String warehouse, int quantity) {
        this.sku = sku;
        this.warehouse = warehouse;
        this.quantity = quantity;
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
}
