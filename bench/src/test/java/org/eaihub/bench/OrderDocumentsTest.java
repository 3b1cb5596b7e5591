package org.eaihub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.eaihub.bench.jms.OrderDocuments;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.junit.jupiter.api.Test;

class OrderDocumentsTest {

    private final CanonicalCodec codec = new CanonicalCodec();

    @Test
    void theLoadIsValidOrdersOfAboutOneKibibyteEachWithItsOwnIds() {
        OrderDocuments documents = OrderDocuments.generate(codec, 20);

        Set<String> orderIds = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            OrderDocuments.Document document = documents.get(i);
            assertThat(document.json().length).isBetween(OrderDocuments.TARGET_BYTES, OrderDocuments.TARGET_BYTES + 300);
            ProcessSalesOrder order = codec.read(document.json(), Format.JSON, ProcessSalesOrder.class);
            assertThat(order.envelope().correlationId()).isEqualTo(document.correlationId());
            orderIds.add(order.envelope().businessKey());
        }
        assertThat(orderIds).hasSize(20);
    }
}
