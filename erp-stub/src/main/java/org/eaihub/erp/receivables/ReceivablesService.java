package org.eaihub.erp.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.Money;
import org.eaihub.erp.common.ReturnMessage;
import org.eaihub.erp.credit.CreditManagement;
import org.eaihub.erp.customer.Customer;
import org.eaihub.erp.customer.CustomerRepository;
import org.eaihub.erp.notification.ErpEvent;
import org.eaihub.erp.notification.ErpNotifications;
import org.eaihub.erp.numbering.NumberRangeObject;
import org.eaihub.erp.numbering.NumberRanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts receivable: open items at a key date, their aging, and incoming payments that clear them. */
@Service
public class ReceivablesService {

    private static final Logger LOG = LoggerFactory.getLogger(ReceivablesService.class);

    private final OpenItemRepository openItems;
    private final PaymentRepository payments;
    private final CustomerRepository customers;
    private final NumberRanges numbers;
    private final CreditManagement credit;
    private final ErpNotifications notifications;
    private final ErpCalendar calendar;

    public ReceivablesService(OpenItemRepository openItems, PaymentRepository payments, CustomerRepository customers,
            NumberRanges numbers, CreditManagement credit, ErpNotifications notifications, ErpCalendar calendar) {
        this.openItems = openItems;
        this.payments = payments;
        this.customers = customers;
        this.numbers = numbers;
        this.credit = credit;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    public record OpenItems(String customer, LocalDate keyDate, List<OpenItem> items, BigDecimal total) {
    }

    /**
     * An incoming payment.
     *
     * @param postingDate null: today
     * @param clear       the open items to clear, in this order; empty: the oldest due first
     */
    public record IncomingPayment(String customer, BigDecimal amount, String currency, LocalDate postingDate,
            String reference, List<String> clear) {
    }

    /** @param items the open items the payment touched, by document number, as they are afterwards */
    public record PaymentOutcome(Payment payment, List<PaymentAllocation.Applied> applied,
            Map<String, OpenItem> items, List<ReturnMessage> messages) {
    }

    @Transactional(readOnly = true)
    public OpenItems openItems(String customer, LocalDate keyDate) {
        requireCustomer(customer, "KUNNR");
        LocalDate date = keyDate != null ? keyDate : calendar.today();
        List<OpenItem> items = openItems.openAt(customer, date);
        BigDecimal total = items.stream().map(OpenItem::openAmount).reduce(Money.ZERO, BigDecimal::add);
        return new OpenItems(customer, date, items, total);
    }

    /** @param customer null: every customer */
    @Transactional(readOnly = true)
    public ReceivablesAging.Result aging(String customer, LocalDate keyDate) {
        LocalDate date = keyDate != null ? keyDate : calendar.today();
        List<OpenItem> items;
        if (customer != null) {
            requireCustomer(customer, "KUNNR");
            items = openItems.openAt(customer, date);
        } else {
            items = openItems.allOpenAt(date);
        }
        return ReceivablesAging.age(items.stream()
                .map(i -> new ReceivablesAging.Item(i.documentDate(), i.openAmount())).toList(), date);
    }

    @Transactional
    public PaymentOutcome post(IncomingPayment request, Caller caller) {
        Customer customer = requireCustomer(request.customer(), "KUNNR");
        if (!Money.CURRENCY.equals(request.currency())) {
            throw ErpException.at(ErpMessage.CURRENCY_NOT_SUPPORTED, null, "WAERS", request.currency(),
                    Money.CURRENCY);
        }
        LocalDate postingDate = request.postingDate() != null ? request.postingDate() : calendar.today();
        Map<String, OpenItem> open = new LinkedHashMap<>();
        openItems.lockOpenDebits(customer.number()).forEach(item -> open.put(item.documentNumber(), item));
        List<PaymentAllocation.OpenDebit> order = clearingOrder(request, customer, open);

        CreditManagement.Standing standing = credit.watch(customer);
        String number = numbers.next(NumberRangeObject.PAYMENT);
        PaymentAllocation.Result allocation = PaymentAllocation.allocate(request.amount(), order);
        Payment payment = new Payment(number, customer.number(), postingDate, request.amount(), request.currency(),
                request.reference(), caller.userName(), calendar.now());
        Map<String, OpenItem> touched = new LinkedHashMap<>();
        for (PaymentAllocation.Applied applied : allocation.applied()) {
            OpenItem item = open.get(applied.document());
            item.applyPayment(applied.amount(), number, postingDate);
            payment.addClearing(item.documentNumber(), applied.amount());
            touched.put(item.documentNumber(), item);
        }
        payment.setUnapplied(allocation.unapplied());
        payments.save(payment);
        List<ReturnMessage> messages = new ArrayList<>();
        messages.add(ReturnMessage.of(ErpMessage.PAYMENT_POSTED, number, Money.text(request.amount()),
                request.currency(), allocation.applied().size()));
        if (allocation.unapplied().signum() > 0) {
            openItems.save(OpenItem.onAccount(number, customer.number(), postingDate, allocation.unapplied(),
                    request.currency()));
            messages.add(ReturnMessage.of(ErpMessage.PAYMENT_ON_ACCOUNT, Money.text(allocation.unapplied()),
                    request.currency(), number));
        }
        openItems.flush();
        notifications.publish(paymentReceived(payment, allocation, touched, credit.openBalance(customer)), caller);
        credit.publishIfChanged(standing, caller);
        LOG.info("Payment {} posted for customer {}: {} item(s) cleared or reduced", number, customer.number(),
                allocation.applied().size());
        return new PaymentOutcome(payment, allocation.applied(), touched, messages);
    }

    private List<PaymentAllocation.OpenDebit> clearingOrder(IncomingPayment request, Customer customer,
            Map<String, OpenItem> open) {
        if (request.clear() == null || request.clear().isEmpty()) {
            return open.values().stream().map(ReceivablesService::debit)
                    .sorted(PaymentAllocation.OLDEST_DUE_FIRST).toList();
        }
        List<PaymentAllocation.OpenDebit> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String document : request.clear()) {
            if (!seen.add(document)) {
                throw ErpException.at(ErpMessage.OPEN_ITEM_TWICE, "CLEARING", "BELNR", document);
            }
            OpenItem item = open.get(document);
            if (item == null) {
                throw ErpException.at(ErpMessage.OPEN_ITEM_NOT_FOUND, "CLEARING", "BELNR", document,
                        customer.number());
            }
            order.add(debit(item));
        }
        return order;
    }

    private static PaymentAllocation.OpenDebit debit(OpenItem item) {
        return new PaymentAllocation.OpenDebit(item.documentNumber(), item.dueDate(), item.openAmount());
    }

    private Customer requireCustomer(String number, String field) {
        return customers.findById(number)
                .orElseThrow(() -> ErpException.at(ErpMessage.CUSTOMER_NOT_FOUND, null, field, number));
    }

    private static ErpEvent.PaymentReceived paymentReceived(Payment payment, PaymentAllocation.Result allocation,
            Map<String, OpenItem> items, BigDecimal balance) {
        List<ErpEvent.PaymentReceived.Cleared> cleared = allocation.applied().stream().map(applied -> {
            OpenItem item = items.get(applied.document());
            return new ErpEvent.PaymentReceived.Cleared(item.documentNumber(), item.invoice(), applied.amount(),
                    applied.rest(), item.clearingDate());
        }).toList();
        return new ErpEvent.PaymentReceived(payment.documentNumber(), payment.customer(), payment.postingDate(),
                payment.amount(), payment.currency(), payment.reference(), payment.unapplied(), balance, cleared);
    }
}
