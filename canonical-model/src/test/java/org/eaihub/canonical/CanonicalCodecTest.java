package org.eaihub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eaihub.canonical.Documents.CODEC;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eaihub.canonical.corpus.CorpusGenerator;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.junit.jupiter.api.Test;

/** What the codec writes, and that one codec serves many threads. */
class CanonicalCodecTest {

    @Test
    void jsonKeepsDecimalScaleAndLeavesAbsentFieldsOut() {
        String json = new String(CODEC.write(Fixtures.processOrder(), Format.JSON), StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith("{\"envelope\":{\"messageId\":")
                .contains("\"priceAmount\":{\"amount\":178.00,\"currency\":\"CNY\"}")
                .contains("\"occurredAt\":\"2024-05-01T08:30:00Z\"")
                .contains("\"requestedDeliveryDate\":\"2024-05-03\"")
                .contains("\"lines\":[{\"id\":\"1\"")
                .doesNotContain("causationId", "null");
    }

    @Test
    void xmlUsesTheNamespaceAsDefaultAndRepeatsListItems() {
        String xml = new String(CODEC.write(Fixtures.syncCustomer(), Format.XML), StandardCharsets.UTF_8);
        assertThat(xml)
                .startsWith("<?xml version='1.0' encoding='UTF-8'?><SyncCustomerPartyMaster xmlns=\"urn:eaihub:canonical:1\">"
                        + "<envelope><messageId>")
                .contains("<crossReference><system>CRM</system><id>C-10001</id></crossReference>"
                        + "<crossReference><system>ERP</system><id>100234</id></crossReference>")
                .contains("<amount>5000000.00</amount>")
                .contains("<name>海尔集团 Haier Group</name>");
    }

    @Test
    void readDispatchesOnTheEnvelopesMessageType() {
        SyncCustomerPartyMaster customer = Fixtures.syncCustomer();
        ProcessSalesOrder order = Fixtures.processOrder();
        for (Format format : Format.values()) {
            assertThat(CODEC.read(CODEC.write(customer, format), format))
                    .isInstanceOf(SyncCustomerPartyMaster.class).isEqualTo(customer);
            assertThat(CODEC.read(CODEC.write(order, format), format))
                    .isInstanceOf(ProcessSalesOrder.class).isEqualTo(order);
        }
    }

    @Test
    void contentTypesMapToFormats() {
        assertThat(Format.fromContentType("application/json")).isEqualTo(Format.JSON);
        assertThat(Format.fromContentType("Application/JSON; charset=UTF-8")).isEqualTo(Format.JSON);
        assertThat(Format.fromContentType("application/vnd.eaihub+json")).isEqualTo(Format.JSON);
        assertThat(Format.fromContentType("application/xml")).isEqualTo(Format.XML);
        assertThat(Format.fromContentType("text/xml;charset=utf-8")).isEqualTo(Format.XML);
        assertThat(Format.JSON.contentType()).isEqualTo("application/json");
        assertThat(Format.XML.contentType()).isEqualTo("application/xml");
        for (String unsupported : new String[] {"text/plain", "application/octet-stream", "", null}) {
            assertThatThrownBy(() -> Format.fromContentType(unsupported))
                    .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly(WireContract.CONTENT_TYPE));
        }
    }

    @Test
    void oneCodecServesManyThreads() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(42);
        List<CanonicalMessage> messages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            MessageType type = MessageTypes.all().get(i % MessageTypes.all().size());
            messages.add(generator.generate(type, CorpusGenerator.Shape.RANDOM));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(threads.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        for (CanonicalMessage message : messages) {
                            for (Format format : Format.values()) {
                                if (!CODEC.read(CODEC.write(message, format), format).equals(message)) {
                                    return false;
                                }
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> CODEC.write(null, Format.JSON)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CODEC.read(new byte[] {'{', '}'}, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ParserLimits(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
