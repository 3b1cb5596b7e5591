package org.eaihub.erp.customer;

import java.util.ArrayList;
import java.util.List;

import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.Money;
import org.eaihub.erp.common.ReturnMessage;
import org.eaihub.erp.credit.CreditManagement;
import org.eaihub.erp.notification.ErpEvent;
import org.eaihub.erp.notification.ErpNotifications;
import org.eaihub.erp.numbering.NumberRangeObject;
import org.eaihub.erp.numbering.NumberRanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer master: creation with the ERP's own numbering, changes with lost-update protection, reading. */
@Service
public class CustomerService {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);

    private final CustomerRepository customers;
    private final NumberRanges numbers;
    private final CreditManagement credit;
    private final ErpNotifications notifications;
    private final ErpCalendar calendar;

    public CustomerService(CustomerRepository customers, NumberRanges numbers, CreditManagement credit,
            ErpNotifications notifications, ErpCalendar calendar) {
        this.customers = customers;
        this.numbers = numbers;
        this.credit = credit;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    /** @param messages warnings and the success message */
    public record Outcome(Customer customer, List<String> changedFields, List<ReturnMessage> messages) {
    }

    @Transactional
    public Outcome create(CustomerFields fields, Caller caller) {
        if (fields.currency() != null && !Money.CURRENCY.equals(fields.currency())) {
            throw ErpException.at(ErpMessage.CURRENCY_NOT_SUPPORTED, "CUSTOMER_DATA", "WAERS", fields.currency(),
                    Money.CURRENCY);
        }
        if (fields.paymentTerms() != null) {
            PaymentTerms.of(fields.paymentTerms());
        }
        List<ReturnMessage> messages = new ArrayList<>();
        if (fields.taxNumber() != null && !fields.taxNumber().isBlank()) {
            customers.findByTaxNumberOrderByNumber(fields.taxNumber()).stream().findFirst().ifPresent(other ->
                    messages.add(ReturnMessage.at(ErpMessage.TAX_NUMBER_IN_USE, "CUSTOMER_DATA", "STCD1",
                            fields.taxNumber(), other.number())));
        }
        String number = numbers.next(NumberRangeObject.DEBITOR);
        Customer customer = Customer.create(number, fields, calendar.today(), caller.userName(), calendar.now());
        customers.saveAndFlush(customer);
        notifications.publish(event(customer, true, List.of()), caller);
        messages.add(0, ReturnMessage.of(ErpMessage.CUSTOMER_CREATED, number));
        LOG.info("Customer {} created", number);
        return new Outcome(customer, List.of(), messages);
    }

    @Transactional
    public Outcome change(String number, Long expectedVersion, CustomerFields changes, Caller caller) {
        Customer customer = find(number);
        if (expectedVersion != null && expectedVersion != customer.version()) {
            throw ErpException.at(ErpMessage.CUSTOMER_VERSION_CONFLICT, null, "VERSION", number,
                    customer.changedBy() != null ? customer.changedBy() : customer.createdBy(), customer.version(),
                    expectedVersion);
        }
        if (changes.paymentTerms() != null) {
            PaymentTerms.of(changes.paymentTerms());
        }
        CreditManagement.Standing standing = credit.watch(customer);
        List<String> changed = customer.apply(changes, calendar.today(), caller.userName(), calendar.now());
        if (changed.isEmpty()) {
            return new Outcome(customer, changed, List.of(ReturnMessage.of(ErpMessage.CUSTOMER_UNCHANGED, number)));
        }
        customers.saveAndFlush(customer);
        notifications.publish(event(customer, false, changed), caller);
        credit.publishIfChanged(standing, caller);
        LOG.info("Customer {} changed to version {}: {}", number, customer.version(), changed);
        return new Outcome(customer, changed,
                List.of(ReturnMessage.of(ErpMessage.CUSTOMER_CHANGED, number, String.join(", ", changed))));
    }

    @Transactional(readOnly = true)
    /** Up to {@code max} customers after {@code after} (all when null), in number order. */
    public List<Customer> list(String after, int max) {
        return customers.findByNumberGreaterThanOrderByNumber(after == null ? "" : after,
                org.springframework.data.domain.PageRequest.of(0, max));
    }

    public Customer find(String number) {
        return customers.findById(number)
                .orElseThrow(() -> ErpException.at(ErpMessage.CUSTOMER_NOT_FOUND, null, "KUNNR", number));
    }

    static ErpEvent.CustomerChanged event(Customer c, boolean created, List<String> changedFields) {
        return new ErpEvent.CustomerChanged(created, c.number(), c.version(), c.lastChangedAt(), changedFields,
                c.name1(), c.name2(), c.street(), c.postalCode(), c.city(), c.country(), c.phone(), c.email(),
                c.taxNumber(), c.naturalPerson(), c.paymentTerms(), c.creditLimit(), c.currency(), c.creditBlock());
    }
}
