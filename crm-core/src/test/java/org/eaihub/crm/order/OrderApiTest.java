package org.eaihub.crm.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.eaihub.canonical.Format;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrderStatus;
import org.eaihub.crm.CrmApiTestSupport;
import org.eaihub.crm.events.OrderEvents;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** Orders over REST: capture, validation, idempotency, the ProcessSalesOrder for the hub, status reports, access. */
class OrderApiTest extends CrmApiTestSupport {

    static Map<String, Object> order(String customerId, Object... skuQuantityPrice) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantityPrice.length; i += 3) {
            Map<String, Object> line = new HashMap<>();
            line.put("sku", skuQuantityPrice[i]);
            line.put("quantity", skuQuantityPrice[i + 1]);
            line.put("unitPrice", skuQuantityPrice[i + 2]);
            lines.add(line);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId);
        body.put("currency", "CNY");
        body.put("requestedDeliveryDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        body.put("lines", lines);
        return body;
    }

    private static List<String> errors(JsonNode problem) {
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.path("field").asText() + " " + e.path("rule").asText()));
        return errors;
    }

    /** The ProcessSalesOrder messages for the order now on hub.in.order (waits for the first). */
    private List<Message> messagesFor(String orderNumber) {
        List<Message> messages = new ArrayList<>();
        String selector = "businessKey = '" + orderNumber + "'";
        Message first = jms.receiveSelected(OrderEvents.QUEUE, selector);
        assertThat(first).as("a ProcessSalesOrder for " + orderNumber).isNotNull();
        messages.add(first);
        jms.setReceiveTimeout(1_000);
        for (Message next; (next = jms.receiveSelected(OrderEvents.QUEUE, selector)) != null; ) {
            messages.add(next);
        }
        jms.setReceiveTimeout(10_000);
        return messages;
    }

    private Map<String, Object> report(String eventId, String status, Object... details) {
        Map<String, Object> body = new HashMap<>();
        body.put("eventId", eventId);
        body.put("status", status);
        body.put("occurredAt", "2026-12-01T10:00:00Z");
        body.put("sourceSystem", "HUB");
        for (int i = 0; i < details.length; i += 2) {
            body.put((String) details[i], details[i + 1]);
        }
        return body;
    }

    @Test
    void aCapturedOrderGetsANumberAHistoryAndLeavesExactlyOnceAsProcessSalesOrder() throws Exception {
        String customer = newCustomer("ACTIVE");
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Correlation-Id", "corr-" + unique());

        var response = call("crm-user", HttpMethod.POST, "/api/orders",
                order(customer, "SKU-00001", 2, 178.00, "SKU-00002", 1.5, 10), headers);

        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        JsonNode order = response.getBody();
        String number = order.path("orderNumber").asText();
        assertThat(number).matches("SO-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/orders/" + number);
        assertThat(order.path("status").asText()).isEqualTo("CAPTURED");
        assertThat(order.path("payableAmount").decimalValue()).isEqualByComparingTo("371.00");
        assertThat(order.at("/lines/1/unitCode").asText()).isEqualTo("EA");
        assertThat(order.at("/history/0/status").asText()).isEqualTo("CAPTURED");

        List<Message> messages = messagesFor(number);
        assertThat(messages).hasSize(1);
        Message message = messages.get(0);
        ProcessSalesOrder command = codec.read(((TextMessage) message).getText().getBytes(StandardCharsets.UTF_8),
                Format.JSON, ProcessSalesOrder.class);
        assertThat(command.salesOrder().salesOrderId()).isEqualTo(number);
        assertThat(command.salesOrder().customerId()).isEqualTo(customer);
        assertThat(command.salesOrder().status()).isEqualTo(SalesOrderStatus.RECEIVED);
        assertThat(command.salesOrder().payableAmount().amount()).isEqualByComparingTo("371.00");
        assertThat(command.salesOrder().lines()).hasSize(2);
        assertThat(command.envelope().correlationId()).isEqualTo(headers.getFirst("X-Correlation-Id"));
        assertThat(message.getStringProperty("correlationId")).isEqualTo(headers.getFirst("X-Correlation-Id"));
        assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo(number);
        assertThat(message.getStringProperty("_AMQ_DUPL_ID")).isEqualTo(command.envelope().messageId());
        assertThat(message.getStringProperty("messageType")).isEqualTo("ProcessSalesOrder");
        assertThat(order.at("/history/0/eventId").asText()).isEqualTo(command.envelope().messageId());
    }

    @Test
    void invalidOrdersAreRefusedNamingEachFieldAndRule() {
        String customer = newCustomer("ACTIVE");
        Map<String, Object> body = order(customer, "SKU-00001", 0, 5, "bad sku", 1, null);
        body.put("currency", "yuan");
        body.put("requestedDeliveryDate", "2020-01-01");

        var response = call("crm-user", HttpMethod.POST, "/api/orders", body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(response.getBody())).contains("lines[0].quantity Positive", "lines[1].sku Pattern",
                "lines[1].unitPrice NotNull", "currency Pattern", "requestedDeliveryDate FutureOrPresent");
        assertThat(response.getBody().toString()).doesNotContain("yuan").doesNotContain("bad sku");

        var noLines = call("crm-user", HttpMethod.POST, "/api/orders", order(customer));
        assertThat(errors(noLines.getBody())).containsExactly("lines Size");
    }

    @Test
    void blacklistedMergedAndUnknownCustomersGetNoOrder() {
        var blacklisted = call("crm-user", HttpMethod.POST, "/api/orders",
                order(newCustomer("BLACKLISTED"), "SKU-00001", 1, 1));
        assertThat(blacklisted.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(blacklisted.getBody())).containsExactly("customerId notBlacklisted");

        String survivor = newCustomer("ACTIVE");
        String duplicate = newCustomer("ACTIVE");
        call("crm-user", HttpMethod.POST, "/api/customers/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        var merged = call("crm-user", HttpMethod.POST, "/api/orders", order(duplicate, "SKU-00001", 1, 1));
        assertThat(errors(merged.getBody())).containsExactly("customerId notMerged");
        assertThat(merged.getBody().at("/errors/0/message").asText()).contains(survivor);

        var unknown = call("crm-user", HttpMethod.POST, "/api/orders", order("C-999999", "SKU-00001", 1, 1));
        assertThat(errors(unknown.getBody())).containsExactly("customerId exists");
    }

    @Test
    void aRetriedCaptureReturnsTheOrderItCreatedAndSendsNothingMore() throws Exception {
        String customer = newCustomer("ACTIVE");
        String key = "req-" + unique();
        Map<String, Object> body = order(customer, "SKU-00003", 4, 25);
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", key);

        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Callable<JsonNode> capture = () -> {
                start.await();
                HttpHeaders h = new HttpHeaders();
                h.set("Idempotency-Key", key);
                var r = call("crm-user", HttpMethod.POST, "/api/orders", body, h);
                assertThat(r.getStatusCode().value()).isIn(200, 201);
                return r.getBody();
            };
            answers.add(pool.submit(capture));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<JsonNode> answer : answers) {
            numbers.add(answer.get().path("orderNumber").asText());
        }
        pool.shutdown();
        assertThat(numbers).hasSize(callers).containsOnly(numbers.get(0));

        var again = call("crm-user", HttpMethod.POST, "/api/orders", body, headers);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> inBody = new HashMap<>(body);
        inBody.put("requestId", key);
        assertThat(call("crm-user", HttpMethod.POST, "/api/orders", inBody).getBody().path("orderNumber").asText())
                .as("the key may travel in the body").isEqualTo(numbers.get(0));
        assertThat(call("bob", HttpMethod.POST, "/api/orders", body, headers).getStatusCode().value())
                .as("keys are per user").isEqualTo(201);

        var otherPayload = call("crm-user", HttpMethod.POST, "/api/orders", order(customer, "SKU-00003", 5, 25),
                headers);
        assertThat(otherPayload.getStatusCode().value()).isEqualTo(409);
        assertThat(messagesFor(numbers.get(0))).hasSize(1);
        assertThat(call("admin", HttpMethod.GET, "/api/orders?customerId=" + customer, null).getBody()
                .path("page").path("totalElements").asInt()).isEqualTo(2);
    }

    @Test
    void statusReportsApplyAllowedStepsAndRecordRepeatedAndLateOnes() {
        String customer = newCustomer("ACTIVE");
        String number = call("crm-user", HttpMethod.POST, "/api/orders", order(customer, "SKU-00004", 1, 9.9))
                .getBody().path("orderNumber").asText();
        String path = "/api/orders/" + number + "/status";
        String u = unique();

        var checked = call("hub", HttpMethod.POST, path, report("e1-" + u, "CREDIT_CHECKED"));
        assertThat(checked.getStatusCode().value()).as(String.valueOf(checked.getBody())).isEqualTo(200);
        assertThat(checked.getBody().at("/report/outcome").asText()).isEqualTo("APPLIED");
        assertThat(call("hub", HttpMethod.POST, path, report("e1-" + u, "CREDIT_CHECKED")).getBody()
                .at("/report/outcome").asText()).as("the same event again: the first answer").isEqualTo("APPLIED");

        var incomplete = call("hub", HttpMethod.POST, path, report("e2-" + u, "CONFIRMED"));
        assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(incomplete.getBody())).containsExactly("erpOrderNumber requiredWhen status=CONFIRMED");

        assertThat(call("hub", HttpMethod.POST, path, report("e3-" + u, "CONFIRMED", "erpOrderNumber", "0000004711"))
                .getBody().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(call("hub", HttpMethod.POST, path, report("e4-" + u, "CONFIRMED", "erpOrderNumber", "0000004711"))
                .getBody().at("/report/outcome").asText()).isEqualTo("REPEATED");
        assertThat(call("hub", HttpMethod.POST, path, report("e5-" + u, "SHIPPED", "trackingNumber", "SF1234567890"))
                .getBody().at("/report/outcome").asText()).as("a skipped step").isEqualTo("APPLIED");
        var late = call("hub", HttpMethod.POST, path, report("e6-" + u, "RESERVED"));
        assertThat(late.getBody().at("/report/outcome").asText()).isEqualTo("OUT_OF_ORDER");
        assertThat(late.getBody().path("status").asText()).isEqualTo("SHIPPED");
        assertThat(call("hub", HttpMethod.POST, path, report("e7-" + u, "CANCELLED", "reason", "customer asked"))
                .getBody().at("/report/outcome").asText()).isEqualTo("NOT_ALLOWED");

        JsonNode order = call("crm-user", HttpMethod.GET, "/api/orders/" + number, null).getBody();
        assertThat(order.path("status").asText()).isEqualTo("SHIPPED");
        assertThat(order.path("erpOrderNumber").asText()).isEqualTo("0000004711");
        assertThat(order.path("trackingNumber").asText()).isEqualTo("SF1234567890");
        List<String> history = new ArrayList<>();
        order.path("history").forEach(h -> history.add(h.path("status").asText() + " " + h.path("outcome").asText()));
        assertThat(history).containsExactly("CAPTURED APPLIED", "CREDIT_CHECKED APPLIED", "CONFIRMED APPLIED",
                "CONFIRMED REPEATED", "SHIPPED APPLIED", "RESERVED OUT_OF_ORDER", "CANCELLED NOT_ALLOWED");
        assertThat(order.at("/history/4/detail").asText()).isEqualTo("trackingNumber SF1234567890");

        assertThat(call("hub", HttpMethod.POST, "/api/orders/SO-999999/status", report("e8-" + u, "SHIPPED",
                "trackingNumber", "X1")).getStatusCode().value()).isEqualTo(404);
        assertThat(call("hub", HttpMethod.POST, "/api/orders/" + number + "/status", report("e9-" + u, "CAPTURED"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(call("crm-user", HttpMethod.POST, path, report("e10-" + u, "INVOICED", "invoiceNumber", "9000001"))
                .getStatusCode().value()).as("only the hub reports").isEqualTo(403);
        String other = call("crm-user", HttpMethod.POST, "/api/orders", order(customer, "SKU-00004", 1, 9.9))
                .getBody().path("orderNumber").asText();
        assertThat(call("hub", HttpMethod.POST, "/api/orders/" + other + "/status", report("e1-" + u,
                "CREDIT_CHECKED")).getStatusCode().value()).as("an event id belongs to one order").isEqualTo(409);
    }

    @Test
    void aCustomersOrdersAreListedByDayAndInheritItsRecordAccess() {
        String customer = newCustomer("ACTIVE");
        call("crm-user", HttpMethod.POST, "/api/orders", order(customer, "SKU-00005", 1, 1));
        call("crm-user", HttpMethod.POST, "/api/orders", order(customer, "SKU-00006", 2, 1));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String month = "from=" + today.withDayOfMonth(1) + "&to=" + today.withDayOfMonth(today.lengthOfMonth());

        JsonNode current = call("crm-user", HttpMethod.GET, "/api/orders?customerId=" + customer + "&" + month, null)
                .getBody();
        assertThat(current.path("content")).hasSize(2);
        assertThat(current.at("/content/0/lines/0/sku").asText()).as("newest first").isEqualTo("SKU-00006");
        assertThat(current.at("/content/0/history").isMissingNode()).isTrue();
        assertThat(call("crm-user", HttpMethod.GET, "/api/orders?customerId=" + customer + "&from="
                + today.plusDays(1), null).getBody().path("content")).isEmpty();
        assertThat(call("crm-user", HttpMethod.GET, "/api/orders?customerId=" + customer + "&from=" + today
                + "&to=" + today.minusDays(1), null).getStatusCode().value()).isEqualTo(400);

        // C-000050 is a restricted seed customer of crm-user (team east); alice works in team west.
        String restricted = call("hub", HttpMethod.POST, "/api/orders", order("C-000050", "SKU-00007", 1, 1))
                .getBody().path("orderNumber").asText();
        assertThat(call("alice", HttpMethod.GET, "/api/orders/" + restricted, null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(call("alice", HttpMethod.GET, "/api/orders?customerId=C-000050", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(call("alice", HttpMethod.POST, "/api/orders", order("C-000050", "SKU-00007", 1, 1))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(call("bob", HttpMethod.GET, "/api/orders/" + restricted, null).getStatusCode().value())
                .as("the owner's team").isEqualTo(200);
        assertThat(call("operator", HttpMethod.GET, "/api/orders/" + restricted, null).getStatusCode().value())
                .isEqualTo(403);
        JsonNode audit = call("admin", HttpMethod.GET, "/api/customers/C-000050/audit", null).getBody();
        List<String> entries = new ArrayList<>();
        audit.path("content").forEach(e -> entries.add(e.path("actor").asText() + " " + e.path("action").asText()));
        assertThat(entries).contains("alice DENIED", "bob READ_RESTRICTED");
    }

    @Test
    void theEndpointsAreInTheOpenApiDescription() {
        JsonNode paths = call(null, HttpMethod.GET, "/v3/api-docs", null).getBody().path("paths");
        assertThat(paths.has("/api/orders")).isTrue();
        assertThat(paths.has("/api/orders/{orderNumber}/status")).isTrue();
        assertThat(paths.has("/api/atp/{sku}")).isTrue();
        assertThat(paths.has("/api/customers/{id}/payments")).isTrue();
        assertThat(paths.has("/api/customers/{id}/receivables")).isTrue();
    }
}
