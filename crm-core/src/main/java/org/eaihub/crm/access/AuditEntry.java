package org.eaihub.crm.access;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who did what to which customer, when; {@code detail} lists the changed fields with old and new values. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Action { CREATE, UPDATE, MERGE, IMPORT, READ_RESTRICTED, DENIED, CREDIT_UPDATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at")
    private Instant at;

    @Column(name = "actor")
    private String actor;

    @Column(name = "action")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "detail")
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, Action action, String customerId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.customerId = customerId;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getDetail() {
        return detail;
    }
}
