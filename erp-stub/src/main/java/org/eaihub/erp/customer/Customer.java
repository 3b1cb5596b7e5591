package org.eaihub.erp.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eaihub.erp.common.Money;

/**
 * A customer (sold-to party) with its credit data. The customer number is the ERP's own, from the DEBITOR
 * number range; {@link #version()} counts changes and guards against lost updates.
 */
@Entity
@Table(name = "customer")
public class Customer {

    /** Account group of sold-to parties. */
    public static final String ACCOUNT_GROUP = "0001";

    @Id
    @Column(name = "kunnr", length = 10)
    private String number;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Column(name = "ktokd", nullable = false)
    private String accountGroup;

    @Column(name = "name1", nullable = false)
    private String name1;

    @Column(name = "name2")
    private String name2;

    @Column(name = "stras")
    private String street;

    @Column(name = "pstlz")
    private String postalCode;

    @Column(name = "ort01", nullable = false)
    private String city;

    @Column(name = "land1", nullable = false)
    private String country;

    @Column(name = "telf1")
    private String phone;

    @Column(name = "smtp_addr")
    private String email;

    @Column(name = "stcd1")
    private String taxNumber;

    @Column(name = "stkzn", nullable = false)
    private boolean naturalPerson;

    @Column(name = "zterm", nullable = false)
    private String paymentTerms;

    @Column(name = "klimk", nullable = false, precision = 15, scale = 2)
    private BigDecimal creditLimit;

    @Column(name = "waers", nullable = false)
    private String currency;

    @Column(name = "crblb", nullable = false)
    private boolean creditBlock;

    @Column(name = "erdat", nullable = false)
    private LocalDate createdOn;

    @Column(name = "ernam", nullable = false)
    private String createdBy;

    @Column(name = "aedat")
    private LocalDate changedOn;

    @Column(name = "aenam")
    private String changedBy;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    protected Customer() {
    }

    /** A new customer from the fields of a creation request; the caller has checked the mandatory ones. */
    public static Customer create(String number, CustomerFields fields, LocalDate today, String user, Instant now) {
        Customer customer = new Customer();
        customer.number = number;
        customer.accountGroup = ACCOUNT_GROUP;
        customer.name1 = fields.name1();
        customer.name2 = emptyToNull(fields.name2());
        customer.street = emptyToNull(fields.street());
        customer.postalCode = emptyToNull(fields.postalCode());
        customer.city = fields.city();
        customer.country = fields.country();
        customer.phone = emptyToNull(fields.phone());
        customer.email = emptyToNull(fields.email());
        customer.taxNumber = emptyToNull(fields.taxNumber());
        customer.naturalPerson = Boolean.TRUE.equals(fields.naturalPerson());
        customer.paymentTerms = fields.paymentTerms() != null ? fields.paymentTerms()
                : (customer.naturalPerson ? PaymentTerms.IMMEDIATE : PaymentTerms.NET_30).code();
        customer.creditLimit = Money.of(fields.creditLimit());
        customer.currency = fields.currency() != null ? fields.currency() : Money.CURRENCY;
        customer.creditBlock = Boolean.TRUE.equals(fields.creditBlock());
        customer.createdOn = today;
        customer.createdBy = user;
        customer.lastChangedAt = now;
        return customer;
    }

    /**
     * Applies the fields present in a change request; returns the names (NAME1, KLIMK, ...) of those whose
     * value really changed. Nothing is stamped when nothing changed.
     */
    public List<String> apply(CustomerFields changes, LocalDate today, String user, Instant now) {
        List<String> changed = new ArrayList<>();
        set("NAME1", changes.name1(), name1, v -> name1 = v, changed);
        setOptional("NAME2", changes.name2(), name2, v -> name2 = v, changed);
        setOptional("STRAS", changes.street(), street, v -> street = v, changed);
        setOptional("PSTLZ", changes.postalCode(), postalCode, v -> postalCode = v, changed);
        set("ORT01", changes.city(), city, v -> city = v, changed);
        set("LAND1", changes.country(), country, v -> country = v, changed);
        setOptional("TELF1", changes.phone(), phone, v -> phone = v, changed);
        setOptional("SMTP_ADDR", changes.email(), email, v -> email = v, changed);
        setOptional("STCD1", changes.taxNumber(), taxNumber, v -> taxNumber = v, changed);
        set("STKZN", changes.naturalPerson(), naturalPerson, v -> naturalPerson = v, changed);
        set("ZTERM", changes.paymentTerms(), paymentTerms, v -> paymentTerms = v, changed);
        if (changes.creditLimit() != null && Money.of(changes.creditLimit()).compareTo(creditLimit) != 0) {
            creditLimit = Money.of(changes.creditLimit());
            changed.add("KLIMK");
        }
        set("CRBLB", changes.creditBlock(), creditBlock, v -> creditBlock = v, changed);
        if (!changed.isEmpty()) {
            changedOn = today;
            changedBy = user;
            lastChangedAt = now;
        }
        return changed;
    }

    private static <T> void set(String field, T requested, T current, Consumer<T> setter, List<String> changed) {
        if (requested != null && !requested.equals(current)) {
            setter.accept(requested);
            changed.add(field);
        }
    }

    private static void setOptional(String field, String requested, String current, Consumer<String> setter,
            List<String> changed) {
        if (requested != null && !Objects.equals(emptyToNull(requested), current)) {
            setter.accept(emptyToNull(requested));
            changed.add(field);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String number() { return number; }
    public long version() { return version == null ? 0 : version; }
    public String accountGroup() { return accountGroup; }
    public String name1() { return name1; }
    public String name2() { return name2; }
    public String street() { return street; }
    public String postalCode() { return postalCode; }
    public String city() { return city; }
    public String country() { return country; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String taxNumber() { return taxNumber; }
    public boolean naturalPerson() { return naturalPerson; }
    public String paymentTerms() { return paymentTerms; }
    public BigDecimal creditLimit() { return creditLimit; }
    public String currency() { return currency; }
    public boolean creditBlock() { return creditBlock; }
    public LocalDate createdOn() { return createdOn; }
    public String createdBy() { return createdBy; }
    public LocalDate changedOn() { return changedOn; }
    public String changedBy() { return changedBy; }
    public Instant lastChangedAt() { return lastChangedAt; }
}
