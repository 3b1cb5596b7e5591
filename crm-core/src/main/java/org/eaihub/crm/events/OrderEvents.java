package org.eaihub.crm.events;

import java.util.List;

import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;
import org.eaihub.crm.order.SalesOrderRecord;
import org.springframework.stereotype.Component;

/**
 * Hands a captured order to the hub: a {@code ProcessSalesOrder} on the hub's order entry point, written to the
 * outbox in the transaction that stores the order, grouped by order number.
 */
@Component
public class OrderEvents {

    public static final String QUEUE = "hub.in.order";

    private final CanonicalOutbox outbox;

    public OrderEvents(CanonicalOutbox outbox) {
        this.outbox = outbox;
    }

    /** Returns the message id of the ProcessSalesOrder. */
    public String captured(SalesOrderRecord order) {
        Envelope envelope = outbox.envelope(ProcessSalesOrder.class, order.getOrderNumber())
                .withOccurredAt(order.getOrderedAt());
        return outbox.enqueue(new ProcessSalesOrder(envelope, toCanonical(order)), QUEUE, order.getOrderNumber());
    }

    static SalesOrder toCanonical(SalesOrderRecord o) {
        List<SalesOrderLine> lines = o.getLines().stream().map(l -> new SalesOrderLine(String.valueOf(l.lineNo()),
                l.sku(), null, l.quantity(), l.unitCode(), new Money(l.unitPrice(), o.getCurrency()),
                new Money(l.lineAmount(), o.getCurrency()))).toList();
        return SalesOrder.builder()
                .salesOrderId(o.getOrderNumber())
                .customerId(o.getCustomerId())
                .status(o.getStatus().toCanonical())
                .orderedAt(o.getOrderedAt())
                .requestedDeliveryDate(o.getRequestedDeliveryDate())
                .currency(o.getCurrency())
                .lines(lines)
                .payableAmount(new Money(o.getPayableAmount(), o.getCurrency()))
                .crossReferences(List.of(new CrossReference(SystemCode.CRM, o.getOrderNumber())))
                .lastModified(o.getLastModified())
                .build();
    }
}
