package org.eaihub.crm.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;
import org.eaihub.canonical.order.SalesOrderStatus;
import org.eaihub.crm.CrmApiTestSupport;
import org.eaihub.crm.events.OrderEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Orders from backends on crm.in.order: captured once per message, refused ones on the DLQ with the reason. */
class OrderIntakeTest extends CrmApiTestSupport {

    @Autowired
    private EmbeddedActiveMQ artemis;

    private static ProcessSalesOrder command(String customerId, String backendOrderId) {
        Instant now = Instant.now();
        SalesOrder order = SalesOrder.builder().salesOrderId(backendOrderId).customerId(customerId)
                .status(SalesOrderStatus.RECEIVED).orderedAt(now).currency("CNY")
                .lines(List.of(new SalesOrderLine("1", "SKU-00010", null, new BigDecimal("3"), "EA",
                        Money.of("20.00", "CNY"), Money.of("60.00", "CNY"))))
                .payableAmount(Money.of("60.00", "CNY")).lastModified(now).build();
        return new ProcessSalesOrder(Envelope.newConversation(ProcessSalesOrder.class, SystemCode.ERP,
                backendOrderId), order);
    }

    private void send(String body, String correlationId) {
        jms.send(OrderIntake.QUEUE, session -> {
            TextMessage message = session.createTextMessage(body);
            message.setStringProperty(WireContract.CONTENT_TYPE, "application/json");
            message.setStringProperty("correlationId", correlationId);
            return message;
        });
    }

    private String json(ProcessSalesOrder command) {
        return new String(codec.write(command, Format.JSON), StandardCharsets.UTF_8);
    }

    private JsonNode ordersOf(String customerId) {
        return call("admin", HttpMethod.GET, "/api/orders?customerId=" + customerId, null).getBody();
    }

    @Test
    void aProcessSalesOrderIsCapturedOnceAndHandedToTheHubInTheSameConversation() throws Exception {
        String customer = newCustomer("ACTIVE");
        ProcessSalesOrder command = command(customer, "PO-" + unique());

        send(json(command), command.envelope().correlationId());
        send(json(command), command.envelope().correlationId());

        await().atMost(Duration.ofSeconds(20)).until(() -> ordersOf(customer).path("content").size() == 1);
        JsonNode order = ordersOf(customer).at("/content/0");
        assertThat(order.path("channel").asText()).isEqualTo("JMS");
        assertThat(order.path("clientReference").asText()).isEqualTo(command.salesOrder().salesOrderId());
        assertThat(order.path("payableAmount").decimalValue()).isEqualByComparingTo("60.00");

        String number = order.path("orderNumber").asText();
        Message out = jms.receiveSelected(OrderEvents.QUEUE, "businessKey = '" + number + "'");
        assertThat(out).isNotNull();
        ProcessSalesOrder forwarded = codec.read(((TextMessage) out).getText().getBytes(StandardCharsets.UTF_8),
                Format.JSON, ProcessSalesOrder.class);
        assertThat(forwarded.envelope().correlationId()).isEqualTo(command.envelope().correlationId());
        assertThat(forwarded.envelope().causationId()).isEqualTo(command.envelope().messageId());
        // Both copies are done once the broker holds neither (its count includes a message being delivered).
        await().atMost(Duration.ofSeconds(20)).until(() -> artemis.getActiveMQServer()
                .locateQueue(SimpleString.of(OrderIntake.QUEUE)).getMessageCount() == 0);
        assertThat(ordersOf(customer).path("content")).as("the redelivered message found its order").hasSize(1);
        jms.setReceiveTimeout(500);
        assertThat(jms.receiveSelected(OrderEvents.QUEUE, "businessKey = '" + number + "'")).isNull();
    }

    @Test
    void anOrderThatCannotBeTakenGoesToTheDeadLetterQueueAsItCameWithTheReason() throws Exception {
        String blacklisted = newCustomer("BLACKLISTED");
        ProcessSalesOrder refused = command(blacklisted, "PO-" + unique());
        String correlation = "dlq-" + unique();
        send(json(refused), correlation);
        send("{\"envelope\": {", correlation);

        String selector = "correlationId = '" + correlation + "'";
        Message one = jms.receiveSelected(OrderIntake.DEAD_LETTER_QUEUE, selector);
        Message two = jms.receiveSelected(OrderIntake.DEAD_LETTER_QUEUE, selector);
        assertThat(one).isNotNull();
        assertThat(two).isNotNull();
        // Concurrent consumers: the two may arrive in either order.
        boolean inOrder = ((TextMessage) one).getText().equals(json(refused));
        Message first = inOrder ? one : two;
        Message second = inOrder ? two : one;
        assertThat(((TextMessage) first).getText()).isEqualTo(json(refused));
        assertThat(first.getStringProperty(OrderIntake.DLQ_REASON)).isEqualTo("customerId: notBlacklisted");
        assertThat(first.getStringProperty(OrderIntake.DLQ_ORIGINAL_QUEUE)).isEqualTo(OrderIntake.QUEUE);
        assertThat(first.getStringProperty(OrderIntake.DLQ_EXCEPTION)).endsWith("CustomerValidationException");
        assertThat(first.getStringProperty(WireContract.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(second.getStringProperty(OrderIntake.DLQ_REASON)).contains("wellFormed json");
        assertThat(ordersOf(blacklisted).path("content")).isEmpty();
    }
}
