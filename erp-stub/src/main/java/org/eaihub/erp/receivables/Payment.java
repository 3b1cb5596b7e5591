package org.eaihub.erp.receivables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.eaihub.erp.common.Money;
import org.springframework.data.domain.Persistable;

/** An incoming payment (accounting document of type DZ) and the open items it cleared or reduced. */
@Entity
@Table(name = "payment")
public class Payment implements Persistable<String> {

    @Id
    @Column(name = "belnr", length = 10)
    private String documentNumber;

    @Column(name = "kunnr", nullable = false)
    private String customer;

    @Column(name = "budat", nullable = false)
    private LocalDate postingDate;

    @Column(name = "dmbtr", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "waers", nullable = false)
    private String currency;

    @Column(name = "xblnr")
    private String reference;

    @Column(name = "unapplied", nullable = false, precision = 15, scale = 2)
    private BigDecimal unapplied;

    @Column(name = "ernam", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "payment_belnr", nullable = false)
    private List<Clearing> clearings = new ArrayList<>();

    /** The number is assigned, not generated: new until saved or loaded, so saving inserts without a select. */
    @Transient
    private boolean fresh = true;

    protected Payment() {
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }

    @Override
    public String getId() {
        return documentNumber;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public Payment(String documentNumber, String customer, LocalDate postingDate, BigDecimal amount, String currency,
            String reference, String createdBy, Instant createdAt) {
        this.documentNumber = documentNumber;
        this.customer = customer;
        this.postingDate = postingDate;
        this.amount = Money.of(amount);
        this.currency = currency;
        this.reference = reference;
        this.unapplied = Money.ZERO;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void addClearing(String item, BigDecimal applied) {
        clearings.add(new Clearing(item, applied));
    }

    public void setUnapplied(BigDecimal unapplied) {
        this.unapplied = Money.of(unapplied);
    }

    public String documentNumber() { return documentNumber; }
    public String customer() { return customer; }
    public LocalDate postingDate() { return postingDate; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public String reference() { return reference; }
    public BigDecimal unapplied() { return unapplied; }
    public List<Clearing> clearings() { return List.copyOf(clearings); }

    /** The part of the payment applied to one open item. */
    @Entity
    @Table(name = "payment_clearing")
    public static class Clearing {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(name = "item_belnr", nullable = false)
        private String item;

        @Column(name = "dmbtr", nullable = false, precision = 15, scale = 2)
        private BigDecimal amount;

        protected Clearing() {
        }

        Clearing(String item, BigDecimal amount) {
            this.item = item;
            this.amount = Money.of(amount);
        }

        public String item() { return item; }
        public BigDecimal amount() { return amount; }
    }
}
