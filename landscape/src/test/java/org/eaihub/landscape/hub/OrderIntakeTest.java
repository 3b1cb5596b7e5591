package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A backend's order entering the hub over AMQP, in XML, and reaching the order-to-cash saga; bad ones dead-lettered. */
@ExtendWith(LandscapeFixture.class)
class OrderIntakeTest {

    private final LandscapeFixture landscape;
    private final CanonicalCodec codec = new CanonicalCodec();

    OrderIntakeTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    private ProcessSalesOrder order(String correlationId) {
        ProcessSalesOrder fixture = Fixtures.processOrder();
        Envelope envelope = Envelope.newConversation(ProcessSalesOrder.class, SystemCode.CRM,
                fixture.envelope().businessKey());
        envelope = new Envelope(envelope.messageId(), correlationId, null, envelope.messageType(),
                envelope.schemaVersion(), envelope.sourceSystem(), envelope.occurredAt(), envelope.businessKey(),
                null, null);
        return new ProcessSalesOrder(envelope, fixture.salesOrder());
    }

    private void send(String body, String contentType, String correlationId) throws Exception {
        try (Connection amqp = new JmsConnectionFactory(landscape.amqpUrl())
                .createConnection("integration", landscape.password("integration"));
                Session session = amqp.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage message = session.createTextMessage(body);
            message.setStringProperty("contentType", contentType);
            message.setStringProperty("correlationId", correlationId);
            session.createProducer(session.createQueue("hub.in.order")).send(message);
        }
    }

    private Message receive(String queue, String correlationId) throws Exception {
        try (Connection core = new ActiveMQConnectionFactory(landscape.coreUrl())
                .createConnection("admin", landscape.password("admin"))) {
            return TestClients.receive(core, queue, correlationId);
        }
    }

    @Test
    void anXmlOrderFromABackendStartsItsOrderToCashSaga() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        ProcessSalesOrder order = order(correlationId);
        send(new String(codec.write(order, Format.XML), StandardCharsets.UTF_8), "application/xml", correlationId);

        String orderNumber = order.salesOrder().salesOrderId();
        var tracking = new java.util.concurrent.atomic.AtomicReference<com.fasterxml.jackson.databind.JsonNode>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            var response = TestClients.get(landscape.url("hub").resolve("/api/orders/" + orderNumber + "/tracking"),
                    "operator", landscape.password("operator"));
            if (response.statusCode() != 200) {
                return false;
            }
            tracking.set(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()));
            return true;
        });
        assertThat(tracking.get().path("customerId").asText()).isEqualTo(order.salesOrder().customerId());
        assertThat(tracking.get().path("steps").get(0).path("step").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void anInvalidOrderGoesToTheDeadLetterQueueAsItCameWithTheReason() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        String broken = new String(codec.write(order(correlationId), Format.JSON), StandardCharsets.UTF_8)
                .replaceFirst("\"customerId\":\"[^\"]*\",", "");
        send(broken, "application/json", correlationId);

        Message dead = receive("DLQ.hub.in.order", correlationId);

        assertThat(TestClients.text(dead)).isEqualTo(broken);
        assertThat(dead.getStringProperty("dlqReason")).contains("customerId").doesNotContain("CNY");
        assertThat(dead.getStringProperty("dlqRoute")).isEqualTo("order-intake");
        assertThat(dead.getStringProperty("dlqOriginalQueue")).isEqualTo("hub.in.order");
        assertThat(dead.getStringProperty("dlqException")).endsWith("CanonicalValidationException");
    }

    @Test
    void malformedXmlGoesToTheDeadLetterQueueToo() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        send("<ProcessSalesOrder><unclosed>", "application/xml", correlationId);

        assertThat(receive("DLQ.hub.in.order", correlationId).getStringProperty("dlqReason")).isNotBlank();
    }
}
