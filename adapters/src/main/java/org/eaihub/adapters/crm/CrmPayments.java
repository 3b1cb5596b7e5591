package org.eaihub.adapters.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eaihub.adapters.erp.ErpNotification;

/**
 * An ERP payment as the CRM's payments ({@code POST /api/customers/{id}/payments}): one CRM payment per open item
 * the ERP cleared with it (against the item's invoice, or on account when the item has none), and one on account
 * for what is left. The parts always add up to the ERP's amount, so the CRM's "paid" equals the ERP's. Each part has
 * an event id of its own derived from the ERP's notification number, so a redelivered notification records nothing
 * twice. The CRM's receivables count payments only from this endpoint: the hub never also writes a PAYMENT entry
 * into the consumption history (it would be counted as a second, unapplied payment).
 */
public final class CrmPayments {

    /** One payment for the CRM; {@code invoiceNumber} is null when it is paid on account. */
    public record CrmPayment(String eventId, String invoiceNumber, String paymentReference, BigDecimal amount,
            String currency, Instant paidAt) {
    }

    private CrmPayments() {
    }

    public static List<CrmPayment> of(ErpNotification.PaymentReceived payment) {
        String prefix = "erp:" + payment.docnum() + ":";
        Instant paidAt = LocalDate.parse(payment.postingDate()).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<CrmPayment> parts = new ArrayList<>();
        BigDecimal applied = BigDecimal.ZERO;
        for (ErpNotification.PaymentReceived.Cleared cleared : payment.cleared()) {
            if (cleared.amount() == null || cleared.amount().signum() <= 0) {
                continue;
            }
            parts.add(new CrmPayment(prefix + cleared.item(), cleared.invoice(), payment.document(), cleared.amount(),
                    payment.currency(), paidAt));
            applied = applied.add(cleared.amount());
        }
        BigDecimal onAccount = payment.amount().subtract(applied);
        if (onAccount.signum() > 0) {
            parts.add(new CrmPayment(prefix + "on-account", null, payment.document(), onAccount, payment.currency(),
                    paidAt));
        }
        return parts;
    }
}
