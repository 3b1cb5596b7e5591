package org.eaihub.erp.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eaihub.erp.common.Money;

/**
 * A customer line item in accounts receivable: an invoice the customer owes (debit, S) or a payment on
 * account (credit, H, negative amounts). It is open while {@link #openAmount()} is not zero; a payment that
 * brings it to zero clears it (AUGDT, AUGBL).
 */
@Entity
@Table(name = "open_item")
public class OpenItem {

    /** Billing document, posted to accounting. */
    public static final String TYPE_INVOICE = "RV";
    /** Customer payment. */
    public static final String TYPE_PAYMENT = "DZ";

    @Id
    @Column(name = "belnr", length = 10)
    private String documentNumber;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Column(name = "kunnr", nullable = false)
    private String customer;

    @Column(name = "blart", nullable = false)
    private String documentType;

    @Column(name = "bldat", nullable = false)
    private LocalDate documentDate;

    @Column(name = "budat", nullable = false)
    private LocalDate postingDate;

    @Column(name = "netdt", nullable = false)
    private LocalDate dueDate;

    @Column(name = "shkzg", nullable = false)
    private String debitCredit;

    @Column(name = "wrbtr", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "dmbtr", nullable = false, precision = 15, scale = 2)
    private BigDecimal openAmount;

    @Column(name = "waers", nullable = false)
    private String currency;

    @Column(name = "vbeln")
    private String invoice;

    @Column(name = "augdt")
    private LocalDate clearingDate;

    @Column(name = "augbl")
    private String clearingDocument;

    protected OpenItem() {
    }

    /** The receivable an invoice creates: the accounting document carries the billing document's number. */
    public static OpenItem forInvoice(String invoice, String customer, LocalDate billingDate, LocalDate dueDate,
            BigDecimal gross, String currency) {
        OpenItem item = new OpenItem();
        item.documentNumber = invoice;
        item.customer = customer;
        item.documentType = TYPE_INVOICE;
        item.documentDate = billingDate;
        item.postingDate = billingDate;
        item.dueDate = dueDate;
        item.debitCredit = "S";
        item.amount = Money.of(gross);
        item.openAmount = item.amount;
        item.currency = currency;
        item.invoice = invoice;
        return item;
    }

    /** The part of a payment that cleared nothing: a credit on the customer's account. */
    public static OpenItem onAccount(String payment, String customer, LocalDate postingDate, BigDecimal amount,
            String currency) {
        OpenItem item = new OpenItem();
        item.documentNumber = payment;
        item.customer = customer;
        item.documentType = TYPE_PAYMENT;
        item.documentDate = postingDate;
        item.postingDate = postingDate;
        item.dueDate = postingDate;
        item.debitCredit = "H";
        item.amount = Money.of(amount).negate();
        item.openAmount = item.amount;
        item.currency = currency;
        return item;
    }

    /** Reduces the open amount by a payment; clears the item when nothing is left. */
    public void applyPayment(BigDecimal applied, String payment, LocalDate postingDate) {
        if (applied.signum() <= 0 || applied.compareTo(openAmount) > 0) {
            throw new IllegalArgumentException("Cannot apply " + applied + " to " + documentNumber + " (open "
                    + openAmount + ")");
        }
        openAmount = Money.of(openAmount.subtract(applied));
        if (openAmount.signum() == 0) {
            clearingDate = postingDate;
            clearingDocument = payment;
        }
    }

    public boolean isOpen() {
        return openAmount.signum() != 0;
    }

    public String documentNumber() { return documentNumber; }
    public String customer() { return customer; }
    public String documentType() { return documentType; }
    public LocalDate documentDate() { return documentDate; }
    public LocalDate postingDate() { return postingDate; }
    public LocalDate dueDate() { return dueDate; }
    public String debitCredit() { return debitCredit; }
    public BigDecimal amount() { return amount; }
    public BigDecimal openAmount() { return openAmount; }
    public String currency() { return currency; }
    public String invoice() { return invoice; }
    public LocalDate clearingDate() { return clearingDate; }
    public String clearingDocument() { return clearingDocument; }
}
