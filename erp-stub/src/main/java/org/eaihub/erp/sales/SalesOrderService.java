package org.eaihub.erp.sales;

import java.util.ArrayList;
import java.util.List;

import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.Money;
import org.eaihub.erp.common.ReturnMessage;
import org.eaihub.erp.credit.CreditCheck;
import org.eaihub.erp.credit.CreditManagement;
import org.eaihub.erp.customer.Customer;
import org.eaihub.erp.customer.CustomerRepository;
import org.eaihub.erp.numbering.NumberRangeObject;
import org.eaihub.erp.numbering.NumberRanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales orders: creation (numbered and priced by the ERP, with the automatic credit check that may block the
 * order for delivery), cancellation and reading.
 */
@Service
public class SalesOrderService {

    public static final String DEFAULT_ORDER_TYPE = "TA";
    public static final String DEFAULT_SALES_ORGANIZATION = "1000";
    public static final String DEFAULT_DISTRIBUTION_CHANNEL = "10";
    public static final String DEFAULT_DIVISION = "00";

    private static final Logger LOG = LoggerFactory.getLogger(SalesOrderService.class);

    private final SalesOrderRepository orders;
    private final CustomerRepository customers;
    private final MaterialRepository materials;
    private final NumberRanges numbers;
    private final CreditManagement credit;
    private final ErpCalendar calendar;

    public SalesOrderService(SalesOrderRepository orders, CustomerRepository customers, MaterialRepository materials,
            NumberRanges numbers, CreditManagement credit, ErpCalendar calendar) {
        this.orders = orders;
        this.customers = customers;
        this.materials = materials;
        this.numbers = numbers;
        this.credit = credit;
        this.calendar = calendar;
    }

    public record Outcome(SalesOrder order, List<ReturnMessage> messages) {
    }

    /** @param requested the header as the request gives it: null fields take the ERP's defaults */
    @Transactional
    public Outcome create(OrderHeader requested, List<Pricing.Requested> items, Caller caller) {
        Customer soldTo = customers.findById(requested.soldTo()).orElseThrow(() -> ErpException.at(
                ErpMessage.CUSTOMER_NOT_FOUND, "ORDER_HEADER_IN", "KUNAG", requested.soldTo()));
        String shipTo = requested.shipTo() == null ? soldTo.number() : requested.shipTo();
        if (!customers.existsById(shipTo)) {
            throw ErpException.at(ErpMessage.SHIP_TO_NOT_FOUND, "ORDER_HEADER_IN", "KUNWE", shipTo);
        }
        if (requested.currency() != null && !Money.CURRENCY.equals(requested.currency())) {
            throw ErpException.at(ErpMessage.CURRENCY_NOT_SUPPORTED, "ORDER_HEADER_IN", "WAERK", requested.currency(),
                    Money.CURRENCY);
        }
        Pricing.Result priced = Pricing.price(items,
                material -> materials.findById(material).map(Material::priceListEntry));
        CreditCheck.Decision decision = credit.check(soldTo, priced.gross());
        OrderHeader header = new OrderHeader(
                orElse(requested.orderType(), DEFAULT_ORDER_TYPE),
                orElse(requested.salesOrganization(), DEFAULT_SALES_ORGANIZATION),
                orElse(requested.distributionChannel(), DEFAULT_DISTRIBUTION_CHANNEL),
                orElse(requested.division(), DEFAULT_DIVISION),
                soldTo.number(), shipTo, requested.customerPo(), requested.customerPoDate(),
                requested.requestedDelivery(), Money.CURRENCY,
                orElse(requested.paymentTerms(), soldTo.paymentTerms()));
        String number = numbers.next(NumberRangeObject.SALES_ORDER);
        SalesOrder order = SalesOrder.create(number, header, priced, decision.status(), calendar.today(),
                calendar.timeOfDay(), caller.userName(), calendar.now());
        orders.saveAndFlush(order);
        List<ReturnMessage> messages = new ArrayList<>();
        messages.add(ReturnMessage.of(ErpMessage.ORDER_CREATED, number));
        if (!decision.approved()) {
            messages.add(ReturnMessage.of(ErpMessage.ORDER_CREDIT_BLOCK_SET, number,
                    decision.text(soldTo.number(), soldTo.currency())));
        }
        LOG.info("Sales order {} created for customer {}: {} item(s), credit status {}", number, soldTo.number(),
                priced.lines().size(), decision.status().code());
        return new Outcome(order, messages);
    }

    @Transactional
    public Outcome cancel(String number, String reason, Caller caller) {
        SalesOrder order = orders.lock(number)
                .orElseThrow(() -> ErpException.at(ErpMessage.ORDER_NOT_FOUND, null, "VBELN", number));
        if (order.isDelivered()) {
            throw ErpException.at(ErpMessage.ORDER_ALREADY_DELIVERED, null, "VBELN", number, order.delivery());
        }
        if (order.isCancelled()) {
            return new Outcome(order, List.of(ReturnMessage.of(ErpMessage.ORDER_ALREADY_CANCELLED, number,
                    order.rejectionReason())));
        }
        order.cancel(reason);
        orders.saveAndFlush(order);
        LOG.info("Sales order {} rejected with reason {} by {}", number, reason, caller.userName());
        return new Outcome(order, List.of(ReturnMessage.of(ErpMessage.ORDER_CANCELLED, number, reason)));
    }

    @Transactional(readOnly = true)
    public SalesOrder find(String number) {
        SalesOrder order = orders.findById(number)
                .orElseThrow(() -> ErpException.at(ErpMessage.ORDER_NOT_FOUND, null, "VBELN", number));
        order.items().size();
        return order;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
