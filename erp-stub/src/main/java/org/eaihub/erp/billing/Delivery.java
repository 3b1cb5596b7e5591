package org.eaihub.erp.billing;

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

/** An outbound delivery (LIKP) with its goods issue: always the whole order. */
@Entity
@Table(name = "delivery")
public class Delivery implements Persistable<String> {

    @Id
    @Column(name = "vbeln", length = 10)
    private String number;

    @Column(name = "vgbel", nullable = false)
    private String order;

    @Column(name = "kunnr", nullable = false)
    private String customer;

    @Column(name = "wadat_ist", nullable = false)
    private LocalDate goodsIssueDate;

    @Column(name = "ernam", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The number is assigned, not generated: new until saved or loaded, so saving inserts without a select. */
    @Transient
    private boolean fresh = true;

    protected Delivery() {
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

    public Delivery(String number, String order, String customer, LocalDate goodsIssueDate, String createdBy,
            Instant createdAt) {
        this.number = number;
        this.order = order;
        this.customer = customer;
        this.goodsIssueDate = goodsIssueDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String number() { return number; }
    public String order() { return order; }
    public String customer() { return customer; }
    public LocalDate goodsIssueDate() { return goodsIssueDate; }
}
