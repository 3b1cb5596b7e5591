package org.eaihub.bench.jms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;

/**
 * The load: valid {@code ProcessSalesOrder} documents of about 1 KiB of canonical JSON, each with its own order id
 * (the business key, and so the JMS group) and conversation id, written once before measuring so that producers
 * spend nothing on them while the clock runs.
 */
public final class OrderDocuments {

    /** The size the documents aim at; lines are added to {@link Fixtures#processOrder()} until it is reached. */
    public static final int TARGET_BYTES = 1024;

    /** One document and the properties a backend sends with it (README, "Wire contract"). */
    public record Document(byte[] json, String correlationId, String messageType, String schemaVersion) {
    }

    private final List<Document> documents;

    private OrderDocuments(List<Document> documents) {
        this.documents = documents;
    }

    public static OrderDocuments generate(CanonicalCodec codec, int count) {
        List<Document> documents = new ArrayList<>(count);
        int lines = order(codec, 0).salesOrder().lines().size();
        for (int i = 0; i < count; i++) {
            ProcessSalesOrder order = order(i, lines);
            documents.add(new Document(codec.write(order, Format.JSON), order.envelope().correlationId(),
                    order.envelope().messageType(), order.envelope().schemaVersion()));
        }
        return new OrderDocuments(List.copyOf(documents));
    }

    /** The {@code index}-th order: the fixture order with its own ids and as many lines as make ~1 KiB of JSON. */
    public static ProcessSalesOrder order(CanonicalCodec codec, int index) {
        int lines = 1;
        ProcessSalesOrder order = order(index, lines);
        while (codec.write(order, Format.JSON).length < TARGET_BYTES) {
            order = order(index, ++lines);
        }
        return order;
    }

    /** The {@code index}-th order with {@code lineCount} lines. */
    static ProcessSalesOrder order(int index, int lineCount) {
        ProcessSalesOrder fixture = Fixtures.processOrder();
        String orderId = String.format("SO-BENCH-%07d", index);
        Envelope envelope = Envelope.newConversation(ProcessSalesOrder.class, SystemCode.CRM, orderId);
        List<SalesOrderLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int n = 1; n <= lineCount; n++) {
            BigDecimal quantity = BigDecimal.valueOf(1 + (index + n) % 5);
            BigDecimal price = new BigDecimal("178.00").add(BigDecimal.valueOf(n));
            lines.add(new SalesOrderLine(Integer.toString(n), "SKU-" + (445 + n), "童车 Stroller " + n, quantity, "EA",
                    new Money(price, "CNY"), new Money(price.multiply(quantity), "CNY")));
            total = total.add(price.multiply(quantity));
        }
        SalesOrder salesOrder = fixture.salesOrder().toBuilder().salesOrderId(orderId).lines(List.copyOf(lines))
                .payableAmount(Money.of(total.toPlainString(), "CNY")).build();
        return new ProcessSalesOrder(envelope, salesOrder);
    }

    public Document get(long sequence) {
        return documents.get((int) (sequence % documents.size()));
    }

    public int size() {
        return documents.size();
    }

    /** Average document size in bytes. */
    public int averageBytes() {
        return (int) documents.stream().mapToInt(document -> document.json().length).average().orElse(0);
    }
}
