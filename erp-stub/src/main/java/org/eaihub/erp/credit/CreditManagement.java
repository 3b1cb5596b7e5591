package org.eaihub.erp.credit;

import java.math.BigDecimal;

import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.customer.Customer;
import org.eaihub.erp.customer.CustomerRepository;
import org.eaihub.erp.notification.ErpEvent;
import org.eaihub.erp.notification.ErpNotifications;
import org.eaihub.erp.receivables.OpenItemRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit management: checks orders against a customer's credit limit, and tells the world when a customer's
 * standing credit status changes (after a change of limit or block, an invoice or a payment).
 */
@Service
public class CreditManagement {

    private static final Logger LOG = LoggerFactory.getLogger(CreditManagement.class);

    private final CustomerRepository customers;
    private final OpenItemRepository openItems;
    private final ErpNotifications notifications;

    public CreditManagement(CustomerRepository customers, OpenItemRepository openItems,
            ErpNotifications notifications) {
        this.customers = customers;
        this.openItems = openItems;
        this.notifications = notifications;
    }

    /** A customer's standing status before a change, to compare with afterwards. */
    public record Standing(Customer customer, CreditCheck.Decision before) {
    }

    @Transactional(readOnly = true)
    public CreditCheck.Decision check(String customerNumber, BigDecimal orderValue) {
        Customer customer = customers.findById(customerNumber)
                .orElseThrow(() -> ErpException.at(ErpMessage.CUSTOMER_NOT_FOUND, null, "KUNNR", customerNumber));
        return check(customer, orderValue);
    }

    @Transactional
    public CreditCheck.Decision check(Customer customer, BigDecimal orderValue) {
        return CreditCheck.check(customer.creditLimit(), customer.creditBlock(), openBalance(customer), orderValue);
    }

    @Transactional
    public CreditCheck.Decision standing(Customer customer) {
        return CreditCheck.standing(customer.creditLimit(), customer.creditBlock(), openBalance(customer));
    }

    @Transactional
    public BigDecimal openBalance(Customer customer) {
        return openItems.openBalance(customer.number());
    }

    @Transactional
    public Standing watch(Customer customer) {
        return new Standing(customer, standing(customer));
    }

    /** Notifies CREDIT_STATUS_CHANGED if the customer's standing status differs from the one watched. */
    @Transactional
    public void publishIfChanged(Standing standing, Caller caller) {
        Customer customer = standing.customer();
        CreditCheck.Decision after = standing(customer);
        if (after.status() == standing.before().status()) {
            return;
        }
        LOG.info("Credit status of customer {} changed from {} to {} (reason {})", customer.number(),
                standing.before().status().code(), after.status().code(), after.reason().code());
        notifications.publish(new ErpEvent.CreditStatusChanged(customer.number(), after.status().code(),
                standing.before().status().code(), after.reason().code(),
                after.text(customer.number(), customer.currency()), after.creditLimit(), after.openReceivables(),
                customer.currency(), customer.creditBlock()), caller);
    }
}
