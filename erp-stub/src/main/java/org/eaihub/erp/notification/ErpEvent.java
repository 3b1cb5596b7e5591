package org.eaihub.erp.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened in the ERP, as a notification tells it; one record per {@link NotificationType}. */
public sealed interface ErpEvent {

    NotificationType type();

    /** The customer the event concerns: the notification's group, so one customer's events stay in order. */
    String customer();

    record InvoicePosted(String invoice, String billingType, LocalDate billingDate, String payer, String order,
            String delivery, String customerPo, String currency, BigDecimal net, BigDecimal tax, BigDecimal gross,
            String paymentTerms, LocalDate dueDate, List<Item> items) implements ErpEvent {

        public InvoicePosted {
            items = List.copyOf(items);
        }

        public record Item(String position, String material, BigDecimal quantity, String unit, BigDecimal net,
                BigDecimal tax, BigDecimal gross) {
        }

        @Override
        public NotificationType type() {
            return NotificationType.INVOICE_POSTED;
        }

        @Override
        public String customer() {
            return payer;
        }
    }

    /** @param balance the customer's open receivables after the payment */
    record PaymentReceived(String document, String customer, LocalDate postingDate, BigDecimal amount,
            String currency, String reference, BigDecimal unapplied, BigDecimal balance, List<Cleared> cleared)
            implements ErpEvent {

        public PaymentReceived {
            cleared = List.copyOf(cleared);
        }

        /** @param clearingDate set when the item is now fully paid */
        public record Cleared(String item, String invoice, BigDecimal amount, BigDecimal rest, LocalDate clearingDate) {
        }

        @Override
        public NotificationType type() {
            return NotificationType.PAYMENT_RECEIVED;
        }
    }

    record CreditStatusChanged(String customer, String status, String previousStatus, String reason,
            String reasonText, BigDecimal creditLimit, BigDecimal openReceivables, String currency,
            boolean creditBlock) implements ErpEvent {

        @Override
        public NotificationType type() {
            return NotificationType.CREDIT_STATUS_CHANGED;
        }
    }

    /**
     * The customer as it is after the change, with the fields that changed.
     *
     * @param created true for a new customer (CHIND I), false for a change (CHIND U)
     */
    record CustomerChanged(boolean created, String customer, long version, Instant lastChangedAt,
            List<String> changedFields, String name1, String name2, String street, String postalCode, String city,
            String country, String phone, String email, String taxNumber, boolean naturalPerson,
            String paymentTerms, BigDecimal creditLimit, String currency, boolean creditBlock) implements ErpEvent {

        public CustomerChanged {
            changedFields = List.copyOf(changedFields);
        }

        @Override
        public NotificationType type() {
            return NotificationType.CUSTOMER_CHANGED;
        }
    }
}
