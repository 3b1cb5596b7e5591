package org.eaihub.erp.history;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eaihub.erp.billing.InvoiceRepository;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.customer.CustomerRepository;
import org.eaihub.erp.sales.SalesOrderRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's orders and invoices by month, over at most {@value #MAX_MONTHS} months. */
@Service
public class TradeHistoryService {

    public static final int MAX_MONTHS = 120;
    private static final int DEFAULT_MONTHS = 12;

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;
    private final InvoiceRepository invoices;
    private final ErpCalendar calendar;

    public TradeHistoryService(CustomerRepository customers, SalesOrderRepository orders, InvoiceRepository invoices,
            ErpCalendar calendar) {
        this.customers = customers;
        this.orders = orders;
        this.invoices = invoices;
        this.calendar = calendar;
    }

    public record History(String customer, YearMonth from, YearMonth to, List<TradeHistory.Period> periods) {
    }

    /** @param from null: eleven months before {@code to}; @param to null: the current month */
    @Transactional(readOnly = true)
    public History history(String customer, YearMonth from, YearMonth to) {
        if (!customers.existsById(customer)) {
            throw ErpException.at(ErpMessage.CUSTOMER_NOT_FOUND, null, "KUNNR", customer);
        }
        YearMonth last = to != null ? to : YearMonth.from(calendar.today());
        YearMonth first = from != null ? from : last.minusMonths(DEFAULT_MONTHS - 1L);
        if (first.isAfter(last)) {
            throw ErpException.at(ErpMessage.PERIOD_RANGE_INVALID, null, "SPMON_FROM", TradeHistory.PERIOD.format(first),
                    TradeHistory.PERIOD.format(last));
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            throw ErpException.at(ErpMessage.PERIOD_RANGE_TOO_LONG, null, "SPMON_FROM",
                    TradeHistory.PERIOD.format(first), TradeHistory.PERIOD.format(last), MAX_MONTHS);
        }
        var orderFacts = orders.createdBetween(customer, first.atDay(1), last.atEndOfMonth()).stream()
                .map(o -> new TradeHistory.OrderFact(o.createdOn(), o.net(), o.gross(), o.isCancelled())).toList();
        var invoiceFacts = invoices.billedBetween(customer, first.atDay(1), last.atEndOfMonth()).stream()
                .map(i -> new TradeHistory.InvoiceFact(i.billingDate(), i.net())).toList();
        return new History(customer, first, last, TradeHistory.byMonth(orderFacts, invoiceFacts, first, last));
    }
}
