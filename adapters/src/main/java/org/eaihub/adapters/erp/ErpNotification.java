package org.eaihub.adapters.erp;

import java.math.BigDecimal;
import java.util.List;

/** A notification from the ERP, read from its native XML: what happened, to which customer, asked for by whom. */
public sealed interface ErpNotification {

    /** The ERP's notification number: unique, so the hub's idempotency key. */
    String docnum();

    /** The ERP user (or service account) whose request caused it. */
    String user();

    /** The request id of that request, when it had one. */
    String requestId();

    String customerNumber();

    record CreditStatusChanged(String docnum, String user, String requestId, String customerNumber, String status,
            String previousStatus, String reason, BigDecimal creditLimit, BigDecimal exposure, String currency,
            boolean blocked) implements ErpNotification {
    }

    record CustomerChanged(String docnum, String user, String requestId, String customerNumber, boolean created,
            long version, List<String> changedFields, BigDecimal creditLimit, String currency, boolean blocked)
            implements ErpNotification {
    }

    record InvoicePosted(String docnum, String user, String requestId, String customerNumber, String invoice,
            String order, String billingDate, BigDecimal gross, String currency) implements ErpNotification {
    }

    /**
     * A payment the ERP posted ({@code BELNR}): what it cleared, item by item ({@code CLEARED}: the open item, the
     * invoice it belongs to when it has one, and the amount applied), and what was left on account
     * ({@code UNAPPLIED}). The parts add up to {@code amount}.
     */
    record PaymentReceived(String docnum, String user, String requestId, String customerNumber, String document,
            String postingDate, BigDecimal amount, String currency, BigDecimal unapplied, List<Cleared> cleared)
            implements ErpNotification {

        public PaymentReceived {
            cleared = cleared == null ? List.of() : List.copyOf(cleared);
            unapplied = unapplied == null ? BigDecimal.ZERO : unapplied;
        }

        /** A payment without the clearing details: all of it on account. */
        public PaymentReceived(String docnum, String user, String requestId, String customerNumber, String document,
                String postingDate, BigDecimal amount, String currency) {
            this(docnum, user, requestId, customerNumber, document, postingDate, amount, currency, amount, List.of());
        }

        /** One open item the payment cleared or reduced; {@code invoice} is absent for an item without invoice. */
        public record Cleared(String item, String invoice, BigDecimal amount) {
        }
    }
}
