package org.eaihub.erp.billing;

import java.time.LocalDate;
import java.util.List;

import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.ReturnMessage;
import org.eaihub.erp.credit.CreditCheck;
import org.eaihub.erp.credit.CreditManagement;
import org.eaihub.erp.customer.Customer;
import org.eaihub.erp.customer.CustomerRepository;
import org.eaihub.erp.customer.PaymentTerms;
import org.eaihub.erp.notification.ErpEvent;
import org.eaihub.erp.notification.ErpNotifications;
import org.eaihub.erp.numbering.NumberRangeObject;
import org.eaihub.erp.numbering.NumberRanges;
import org.eaihub.erp.receivables.OpenItem;
import org.eaihub.erp.receivables.OpenItemRepository;
import org.eaihub.erp.sales.SalesOrder;
import org.eaihub.erp.sales.SalesOrderItem;
import org.eaihub.erp.sales.SalesOrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goods issue for a sales order, and the billing it triggers: one delivery for the whole order, one invoice
 * (F2) for the delivery, and its posting to accounts receivable as an open item due by the order's terms of
 * payment. Credit is checked again first, as at delivery creation in SAP: an order blocked when it was created
 * goes out once the customer's exposure allows it, and an approved one is stopped if it no longer does.
 */
@Service
public class GoodsIssueService {

    private static final Logger LOG = LoggerFactory.getLogger(GoodsIssueService.class);

    private final SalesOrderRepository orders;
    private final CustomerRepository customers;
    private final DeliveryRepository deliveries;
    private final InvoiceRepository invoices;
    private final OpenItemRepository openItems;
    private final NumberRanges numbers;
    private final CreditManagement credit;
    private final ErpNotifications notifications;
    private final ErpCalendar calendar;

    public GoodsIssueService(SalesOrderRepository orders, CustomerRepository customers, DeliveryRepository deliveries,
            InvoiceRepository invoices, OpenItemRepository openItems, NumberRanges numbers, CreditManagement credit,
            ErpNotifications notifications, ErpCalendar calendar) {
        this.orders = orders;
        this.customers = customers;
        this.deliveries = deliveries;
        this.invoices = invoices;
        this.openItems = openItems;
        this.numbers = numbers;
        this.credit = credit;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    public record Outcome(SalesOrder order, Delivery delivery, Invoice invoice, OpenItem openItem,
            List<ReturnMessage> messages) {
    }

    /** An invoice with what it came from and what is still open of it. */
    public record InvoiceView(Invoice invoice, SalesOrder order, OpenItem openItem) {
    }

    @Transactional
    public Outcome post(String orderNumber, LocalDate requestedDate, Caller caller) {
        SalesOrder order = orders.lock(orderNumber)
                .orElseThrow(() -> ErpException.at(ErpMessage.ORDER_NOT_FOUND, null, "VBELN", orderNumber));
        if (order.isCancelled()) {
            throw ErpException.at(ErpMessage.ORDER_IS_CANCELLED, null, "VBELN", orderNumber, order.rejectionReason());
        }
        if (order.isDelivered()) {
            throw ErpException.at(ErpMessage.GOODS_ISSUE_ALREADY_POSTED, null, "VBELN", orderNumber, order.delivery());
        }
        LocalDate today = calendar.today();
        LocalDate date = requestedDate != null ? requestedDate : today;
        if (date.isAfter(today)) {
            throw ErpException.at(ErpMessage.GOODS_ISSUE_IN_FUTURE, null, "WADAT_IST", date);
        }
        if (date.isBefore(order.createdOn())) {
            throw ErpException.at(ErpMessage.GOODS_ISSUE_BEFORE_ORDER, null, "WADAT_IST", date, order.createdOn());
        }
        Customer customer = customers.findById(order.soldTo()).orElseThrow();
        CreditCheck.Decision decision = credit.check(customer, order.gross());
        if (!decision.approved()) {
            throw ErpException.at(ErpMessage.ORDER_CREDIT_BLOCKED, null, "VBELN", orderNumber,
                    decision.text(customer.number(), customer.currency()));
        }
        Outcome outcome = deliverAndBill(order, customer, date, caller, true);
        LOG.info("Goods issue posted for sales order {}: delivery {}, invoice {}, customer {}", orderNumber,
                outcome.delivery().number(), outcome.invoice().number(), customer.number());
        return outcome;
    }

    /**
     * Delivers and bills an order whose checks are done; also how the initial data load creates its history
     * (without notifications).
     */
    @Transactional
    public Outcome deliverAndBill(SalesOrder order, Customer customer, LocalDate date, Caller caller, boolean notify) {
        CreditManagement.Standing standing = notify ? credit.watch(customer) : null;
        order.setCreditStatus(CreditCheck.Status.APPROVED);
        String deliveryNumber = numbers.next(NumberRangeObject.DELIVERY);
        String invoiceNumber = numbers.next(NumberRangeObject.BILLING);
        Delivery delivery = deliveries.save(new Delivery(deliveryNumber, order.number(), customer.number(), date,
                caller.userName(), calendar.now()));
        LocalDate dueDate = PaymentTerms.of(order.paymentTerms()).dueDate(date);
        Invoice invoice = invoices.save(new Invoice(invoiceNumber, date, customer.number(), order.number(),
                deliveryNumber, order.currency(), order.net(), order.tax(), order.gross(), order.paymentTerms(),
                dueDate, caller.userName(), calendar.now()));
        OpenItem item = openItems.save(OpenItem.forInvoice(invoiceNumber, customer.number(), date, dueDate,
                order.gross(), order.currency()));
        order.delivered(deliveryNumber, invoiceNumber);
        orders.save(order);
        if (notify) {
            notifications.publish(invoicePosted(invoice, order), caller);
            credit.publishIfChanged(standing, caller);
        }
        return new Outcome(order, delivery, invoice, item, List.of(ReturnMessage.of(ErpMessage.GOODS_ISSUE_POSTED,
                order.number(), deliveryNumber, invoiceNumber)));
    }

    @Transactional(readOnly = true)
    public InvoiceView invoice(String number) {
        Invoice invoice = invoices.findById(number)
                .orElseThrow(() -> ErpException.at(ErpMessage.INVOICE_NOT_FOUND, null, "VBELN", number));
        SalesOrder order = orders.findById(invoice.order()).orElseThrow();
        order.items().size();
        return new InvoiceView(invoice, order, openItems.findById(number).orElseThrow());
    }

    static ErpEvent.InvoicePosted invoicePosted(Invoice invoice, SalesOrder order) {
        List<ErpEvent.InvoicePosted.Item> items = order.items().stream()
                .map(GoodsIssueService::item).toList();
        return new ErpEvent.InvoicePosted(invoice.number(), invoice.billingType(), invoice.billingDate(),
                invoice.payer(), invoice.order(), invoice.delivery(), order.customerPo(), invoice.currency(),
                invoice.net(), invoice.tax(), invoice.gross(), invoice.paymentTerms(), invoice.dueDate(), items);
    }

    private static ErpEvent.InvoicePosted.Item item(SalesOrderItem item) {
        return new ErpEvent.InvoicePosted.Item(item.position(), item.material(), item.quantity(), item.unit(),
                item.net(), item.tax(), item.gross());
    }
}
