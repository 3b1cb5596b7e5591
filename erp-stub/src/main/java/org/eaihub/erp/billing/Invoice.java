package org.eaihub.erp.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A billing document (VBRK) of type F2, billing a delivered order in full; its items are the order's. Posting
 * it to accounting created the open item with the same number.
 */
@Entity
@Table(name = "invoice")
public class Invoice implements Persistable<String> {

    public static final String TYPE_INVOICE = "F2";

    @Id
    @Column(name = "vbeln", length = 10)
    private String number;

    @Column(name = "fkart", nullable = false)
    private String billingType;

    @Column(name = "fkdat", nullable = false)
    private LocalDate billingDate;

    @Column(name = "kunrg", nullable = false)
    private String payer;

    @Column(name = "aubel", nullable = false)
    private String order;

    @Column(name = "vgbel", nullable = false)
    private String delivery;

    @Column(name = "waerk", nullable = false)
    private String currency;

    @Column(name = "netwr", nullable = false, precision = 15, scale = 2)
    private BigDecimal net;

    @Column(name = "mwsbk", nullable = false, precision = 15, scale = 2)
    private BigDecimal tax;

    @Column(name = "brtwr", nullable = false, precision = 15, scale = 2)
    private BigDecimal gross;

    @Column(name = "zterm", nullable = false)
    private String paymentTerms;

    @Column(name = "netdt", nullable = false)
    private LocalDate dueDate;

    @Column(name = "ernam", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The number is assigned, not generated: new until saved or loaded, so saving inserts without a select. */
    @Transient
    private boolean fresh = true;

    protected Invoice() {
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

    public Invoice(String number, LocalDate billingDate, String payer, String order, String delivery,
            String currency, BigDecimal net, BigDecimal tax, BigDecimal gross, String paymentTerms,
            LocalDate dueDate, String createdBy, Instant createdAt) {
        this.number = number;
        this.billingType = TYPE_INVOICE;
        this.billingDate = billingDate;
        this.payer = payer;
        this.order = order;
        this.delivery = delivery;
        this.currency = currency;
        this.net = net;
        this.tax = tax;
        this.gross = gross;
        this.paymentTerms = paymentTerms;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String number() { return number; }
    public String billingType() { return billingType; }
    public LocalDate billingDate() { return billingDate; }
    public String payer() { return payer; }
    public String order() { return order; }
    public String delivery() { return delivery; }
    public String currency() { return currency; }
    public BigDecimal net() { return net; }
    public BigDecimal tax() { return tax; }
    public BigDecimal gross() { return gross; }
    public String paymentTerms() { return paymentTerms; }
    public LocalDate dueDate() { return dueDate; }
}
