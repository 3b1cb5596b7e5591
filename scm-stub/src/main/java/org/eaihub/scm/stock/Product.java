package org.eaihub.scm.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product the SCM stocks. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    private String sku;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String unit;

    protected Product() {
    }

    public String getSku() {
        return sku;
    }

    public String getDescription() {
        return description;
    }

    public String getUnit() {
        return unit;
    }
}
