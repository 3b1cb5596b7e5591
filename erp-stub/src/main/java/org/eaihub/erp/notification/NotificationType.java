package org.eaihub.erp.notification;

/** The kinds of notification the ERP sends (MESTYP, and the JMS property {@code erpNotificationType}). */
public enum NotificationType {
    /** A billing document was posted (after goods issue); the customer owes its gross value. */
    INVOICE_POSTED,
    /** An incoming payment was posted and cleared or reduced open items. */
    PAYMENT_RECEIVED,
    /** The customer's standing credit status (blocked by flag or by receivables above the limit) changed. */
    CREDIT_STATUS_CHANGED,
    /** A customer was created (CHIND I) or changed (CHIND U) in the ERP. */
    CUSTOMER_CHANGED
}
