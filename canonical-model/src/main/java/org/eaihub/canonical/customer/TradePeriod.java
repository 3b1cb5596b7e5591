package org.eaihub.canonical.customer;

import static org.eaihub.canonical.common.Patterns.YEAR_MONTH;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.eaihub.canonical.common.Money;

/**
 * One calendar month of a customer's trade with the company, as the ERP's sales statistics count it.
 *
 * @param month          the month, {@code YYYY-MM}
 * @param orderCount     orders placed in the month, cancelled ones excluded
 * @param orderedNet     net value of those orders
 * @param orderedGross   gross value of those orders
 * @param invoicedNet    net value invoiced in the month
 * @param cancelledCount orders placed in the month and cancelled since
 */
public record TradePeriod(
        @NotNull @Pattern(regexp = YEAR_MONTH) String month,
        @NotNull @PositiveOrZero Integer orderCount,
        @NotNull @Valid Money orderedNet,
        @Valid Money orderedGross,
        @Valid Money invoicedNet,
        @PositiveOrZero Integer cancelledCount) {
}
