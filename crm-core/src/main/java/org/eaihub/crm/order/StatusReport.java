package org.eaihub.crm.order;

import static org.eaihub.canonical.common.Patterns.ID;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A status change the hub reports for an order, idempotent by {@code eventId}. CONFIRMED carries the ERP's order
 * number, SHIPPED the tracking number, INVOICED the invoice number, REJECTED and CANCELLED a reason.
 *
 * @param sourceMessageId the canonical message that told the hub (e.g. the AcknowledgeSalesOrder's message id)
 */
public record StatusReport(
        @NotNull @Pattern(regexp = ID) String eventId,
        @NotNull OrderStatus status,
        @NotNull Instant occurredAt,
        @Pattern(regexp = ID) String erpOrderNumber,
        @Pattern(regexp = ID) String trackingNumber,
        @Pattern(regexp = ID) String invoiceNumber,
        @Size(min = 1, max = 500) String reason,
        @Pattern(regexp = ID) String sourceMessageId,
        @Pattern(regexp = "CRM|ERP|SCM|HUB") String sourceSystem) {

    /** What the history shows of the report besides its status. */
    String detail() {
        if (reason != null) {
            return reason;
        }
        return erpOrderNumber != null ? "erpOrderNumber " + erpOrderNumber
                : trackingNumber != null ? "trackingNumber " + trackingNumber
                : invoiceNumber != null ? "invoiceNumber " + invoiceNumber : null;
    }

    String detailOf(String field) {
        return switch (field) {
            case "erpOrderNumber" -> erpOrderNumber;
            case "trackingNumber" -> trackingNumber;
            case "invoiceNumber" -> invoiceNumber;
            default -> reason;
        };
    }
}
