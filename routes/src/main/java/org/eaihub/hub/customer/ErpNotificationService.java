package org.eaihub.hub.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eaihub.adapters.crm.CrmPayments;
import org.eaihub.adapters.erp.ErpNotification;
import org.eaihub.hub.backend.CrmClient;

/**
 * ERP → CRM: what the ERP reports about a customer. Credit status changes and changes of the ERP's own fields
 * (credit limit, credit block) are mirrored into the CRM; a change of a field the CRM owns (name, address, contact
 * data) made in the ERP is refused and recorded; what the hub itself wrote into the ERP comes back as an echo and
 * goes no further. An invoice enters the customer's consumption history (kind INVOICE, reference = invoice
 * number); a payment goes to the CRM's payments, split by the invoices it cleared ({@link CrmPayments}), and
 * deliberately not into the history as well: the CRM counts every PAYMENT event it holds, so both would count it
 * twice.
 */
public class ErpNotificationService {

    public enum Outcome {
        CREDIT_MIRRORED, REFUSED_NOT_OWNER, ECHO, HISTORY_RECORDED, PAYMENT_RECORDED, UNKNOWN_CUSTOMER, NOTHING
    }

    /** The ERP fields the CRM owns. */
    static final Set<String> CRM_OWNED = Set.of("NAME1", "NAME2", "STRAS", "PSTLZ", "ORT01", "LAND1", "TELF1",
            "SMTP_ADDR", "STCD1", "STKZN");
    /** The ERP fields the ERP owns and the CRM mirrors. */
    static final Set<String> ERP_OWNED = Set.of("KLIMK", "WAERS", "CRBLB");

    private final CustomerSyncStore store;
    private final SyncConflicts conflicts;
    private final CrmClient crm;
    private final String hubUser;

    public ErpNotificationService(CustomerSyncStore store, SyncConflicts conflicts, CrmClient crm, String hubUser) {
        this.store = store;
        this.conflicts = conflicts;
        this.crm = crm;
        this.hubUser = hubUser;
    }

    public Outcome handle(ErpNotification notification) {
        if (hubUser.equals(notification.user()) && notification instanceof ErpNotification.CustomerChanged) {
            return Outcome.ECHO;
        }
        Optional<String> customerId = store.customerIdByErpNumber(notification.customerNumber())
                .or(() -> crm.customerIdByErpNumber(notification.customerNumber()));
        if (customerId.isEmpty()) {
            conflicts.record(null, notification.customerNumber(), "ERP", SyncConflicts.Kind.UNKNOWN_CUSTOMER,
                    "the CRM has no customer with this ERP number", notification.docnum());
            return Outcome.UNKNOWN_CUSTOMER;
        }
        String id = customerId.get();
        if (notification instanceof ErpNotification.CreditStatusChanged credit) {
            crm.updateCredit(id, null, credit.creditLimit(), credit.currency(),
                    credit.blocked() || "B".equals(credit.status()));
            return Outcome.CREDIT_MIRRORED;
        }
        if (notification instanceof ErpNotification.CustomerChanged changed) {
            return customerChanged(id, changed);
        }
        if (notification instanceof ErpNotification.InvoicePosted invoice) {
            crm.recordHistory(id, "erp:" + invoice.docnum(), "INVOICE", invoice.invoice(), "POSTED",
                    invoice.gross(), invoice.currency(), "ERP", day(invoice.billingDate()));
            return Outcome.HISTORY_RECORDED;
        }
        ErpNotification.PaymentReceived payment = (ErpNotification.PaymentReceived) notification;
        for (CrmPayments.CrmPayment part : CrmPayments.of(payment)) {
            crm.recordPayment(id, part.eventId(), part.invoiceNumber(), part.paymentReference(), part.amount(),
                    part.currency(), part.paidAt());
        }
        return Outcome.PAYMENT_RECORDED;
    }

    private Outcome customerChanged(String id, ErpNotification.CustomerChanged changed) {
        List<String> notOwned = changed.changedFields().stream().filter(CRM_OWNED::contains).toList();
        boolean creditChanged = changed.changedFields().stream().anyMatch(ERP_OWNED::contains);
        if (!notOwned.isEmpty()) {
            conflicts.record(id, changed.customerNumber(), "ERP", SyncConflicts.Kind.NOT_OWNER,
                    "the ERP changed fields the CRM owns: " + notOwned, changed.docnum());
        }
        if (creditChanged) {
            crm.updateCredit(id, null, changed.creditLimit(), changed.currency(), changed.blocked());
            return Outcome.CREDIT_MIRRORED;
        }
        return notOwned.isEmpty() ? Outcome.NOTHING : Outcome.REFUSED_NOT_OWNER;
    }

    private static Instant day(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
