package org.eaihub.canonical.billing;

import static org.eaihub.canonical.common.Patterns.ID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eaihub.canonical.common.Money;

/**
 * A payment received from a customer.
 *
 * @param paymentId        the ERP's payment id
 * @param customerId       the paying customer's hub-wide id
 * @param invoiceId        the invoice paid, if allocated to one
 * @param salesOrderId     the sales order paid, if allocated to one
 * @param amount           the amount received
 * @param method           how it was paid
 * @param receivedAt       when it was received
 * @param paymentReference the bank's or payment provider's reference
 */
public record Payment(
        @NotNull @Pattern(regexp = ID) String paymentId,
        @NotNull @Pattern(regexp = ID) String customerId,
        @Pattern(regexp = ID) String invoiceId,
        @Pattern(regexp = ID) String salesOrderId,
        @NotNull @Valid Money amount,
        @NotNull PaymentMethod method,
        @NotNull Instant receivedAt,
        @Pattern(regexp = ID) String paymentReference) {
}
