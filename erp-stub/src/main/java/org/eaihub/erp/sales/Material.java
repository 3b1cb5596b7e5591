package org.eaihub.erp.sales;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A material with its description, sales unit and list price (the price list). */
@Entity
@Table(name = "material")
public class Material implements Persistable<String> {

    @Id
    @Column(name = "matnr", length = 18)
    private String number;

    @Column(name = "maktx", nullable = false)
    private String description;

    @Column(name = "meins", nullable = false)
    private String unit;

    @Column(name = "kbetr", nullable = false, precision = 15, scale = 2)
    private BigDecimal listPrice;

    @Column(name = "konwa", nullable = false)
    private String currency;

    /** The number is assigned, not generated: new until saved or loaded, so saving inserts without a select. */
    @Transient
    private boolean fresh = true;

    protected Material() {
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }

    @Override
    public String getId() {
        return number;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public Material(String number, String description, String unit, BigDecimal listPrice, String currency) {
        this.number = number;
        this.description = description;
        this.unit = unit;
        this.listPrice = listPrice;
        this.currency = currency;
    }

    public Pricing.PriceListEntry priceListEntry() {
        return new Pricing.PriceListEntry(number, description, unit, listPrice, currency);
    }

    public String number() { return number; }
    public String description() { return description; }
    public String unit() { return unit; }
    public BigDecimal listPrice() { return listPrice; }
    public String currency() { return currency; }
}
