package org.eaihub.erp.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eaihub.erp.common.Money;

/**
 * A customer's trade by month, in the manner of SAP's sales information system (S001): incoming orders
 * (count, net and gross value, without the cancelled ones, which are counted apart) by the month they were
 * created, and invoiced net sales by the month they were billed. Months without any of these are left out.
 */
public final class TradeHistory {

    /** The period format (SPMON), e.g. {@code 202611}. */
    public static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuuMM");

    public record OrderFact(LocalDate createdOn, BigDecimal net, BigDecimal gross, boolean cancelled) {
    }

    public record InvoiceFact(LocalDate billingDate, BigDecimal net) {
    }

    public record Period(YearMonth month, int orderCount, BigDecimal orderNet, BigDecimal orderGross,
            BigDecimal invoicedNet, int cancelledCount) {

        public String spmon() {
            return PERIOD.format(month);
        }

        Period plusOrder(OrderFact order) {
            if (order.cancelled()) {
                return new Period(month, orderCount, orderNet, orderGross, invoicedNet, cancelledCount + 1);
            }
            return new Period(month, orderCount + 1, orderNet.add(Money.of(order.net())),
                    orderGross.add(Money.of(order.gross())), invoicedNet, cancelledCount);
        }

        Period plusInvoice(InvoiceFact invoice) {
            return new Period(month, orderCount, orderNet, orderGross, invoicedNet.add(Money.of(invoice.net())),
                    cancelledCount);
        }

        static Period empty(YearMonth month) {
            return new Period(month, 0, Money.ZERO, Money.ZERO, Money.ZERO, 0);
        }
    }

    private TradeHistory() {
    }

    public static YearMonth parse(String spmon) {
        return YearMonth.parse(spmon, PERIOD);
    }

    /** The months from {@code from} to {@code to} (both included) that saw any order or invoice, oldest first. */
    public static List<Period> byMonth(Collection<OrderFact> orders, Collection<InvoiceFact> invoices,
            YearMonth from, YearMonth to) {
        Map<YearMonth, Period> periods = new TreeMap<>();
        for (OrderFact order : orders) {
            YearMonth month = YearMonth.from(order.createdOn());
            if (!month.isBefore(from) && !month.isAfter(to)) {
                periods.put(month, periods.getOrDefault(month, Period.empty(month)).plusOrder(order));
            }
        }
        for (InvoiceFact invoice : invoices) {
            YearMonth month = YearMonth.from(invoice.billingDate());
            if (!month.isBefore(from) && !month.isAfter(to)) {
                periods.put(month, periods.getOrDefault(month, Period.empty(month)).plusInvoice(invoice));
            }
        }
        return new ArrayList<>(periods.values());
    }
}
