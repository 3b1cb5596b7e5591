package org.eaihub.scm.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a shipment carries of one order line. */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private int quantity;

    protected ShipmentLine() {
    }

    ShipmentLine(int lineNo, String sku, int quantity) {
        this.lineNo = lineNo;
        this.sku = sku;
        this.quantity = quantity;
    }

    void add(int more) {
        quantity += more;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }
}
