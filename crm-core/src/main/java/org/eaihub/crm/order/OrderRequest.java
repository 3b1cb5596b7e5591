package org.eaihub.crm.order;

import static org.eaihub.canonical.common.Patterns.CURRENCY_CODE;
import static org.eaihub.canonical.common.Patterns.ID;
import static org.eaihub.canonical.common.Patterns.UNIT_CODE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An order as the CRM takes it, over REST or (mapped from a canonical ProcessSalesOrder) from {@code crm.in.order}.
 * The unit price is required because the canonical {@code SalesOrderLine} requires one; see the module README.
 *
 * @param requestId       the client's idempotency key (or the {@code Idempotency-Key} header): a retry with the same
 *                        key returns the order it created
 * @param clientReference the client's own id of the order, kept and shown, never interpreted
 */
public record OrderRequest(
        @NotNull @Pattern(regexp = "C-\\d{6,}") String customerId,
        @Pattern(regexp = ID) String requestId,
        @Pattern(regexp = ID) String clientReference,
        @FutureOrPresent LocalDate requestedDeliveryDate,
        @NotNull @Pattern(regexp = CURRENCY_CODE) String currency,
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotNull @Pattern(regexp = ID) String sku,
            @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
            @Pattern(regexp = UNIT_CODE) String unitCode,
            @NotNull(message = "is required: the canonical sales order carries a price per line")
            @PositiveOrZero @Digits(integer = 12, fraction = 3) BigDecimal unitPrice) {
    }

    public OrderRequest withRequestId(String id) {
        return new OrderRequest(customerId, id, clientReference, requestedDeliveryDate, currency, lines);
    }
}
