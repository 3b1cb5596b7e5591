package org.eaihub.erp.sales;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A sales order item (VBAP), priced when the order was created. */
@Entity
@Table(name = "sales_order_item")
public class SalesOrderItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vbeln", nullable = false)
    private SalesOrder order;

    @Column(name = "posnr", nullable = false)
    private String position;

    @Column(name = "matnr", nullable = false)
    private String material;

    @Column(name = "arktx", nullable = false)
    private String description;

    @Column(name = "kwmeng", nullable = false, precision = 13, scale = 3)
    private BigDecimal quantity;

    @Column(name = "vrkme", nullable = false)
    private String unit;

    @Column(name = "netpr", nullable = false, precision = 15, scale = 2)
    private BigDecimal netPrice;

    @Column(name = "kpein", nullable = false)
    private int priceUnit;

    @Column(name = "netwr", nullable = false, precision = 15, scale = 2)
    private BigDecimal net;

    @Column(name = "mwsbp", nullable = false, precision = 15, scale = 2)
    private BigDecimal tax;

    @Column(name = "brtwr", nullable = false, precision = 15, scale = 2)
    private BigDecimal gross;

    protected SalesOrderItem() {
    }

    SalesOrderItem(SalesOrder order, Pricing.Line line) {
        this.order = order;
        this.position = line.position();
        this.material = line.material();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unit = line.unit();
        this.netPrice = line.netPrice();
        this.priceUnit = line.priceUnit();
        this.net = line.net();
        this.tax = line.tax();
        this.gross = line.gross();
    }

    public String position() { return position; }
    public String material() { return material; }
    public String description() { return description; }
    public BigDecimal quantity() { return quantity; }
    public String unit() { return unit; }
    public BigDecimal netPrice() { return netPrice; }
    public int priceUnit() { return priceUnit; }
    public BigDecimal net() { return net; }
    public BigDecimal tax() { return tax; }
    public BigDecimal gross() { return gross; }
}
