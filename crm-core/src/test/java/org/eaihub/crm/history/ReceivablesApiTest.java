package org.eaihub.crm.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.crm.CrmApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class ReceivablesApiTest extends CrmApiTestSupport {

    private void invoice(String customer, String eventId, String number, String amount) {
        var response = call("hub", HttpMethod.POST, "/api/customers/" + customer + "/history", Map.of("eventId",
                eventId, "kind", "INVOICE", "reference", number, "status", "POSTED", "amount", amount,
                "currency", "CNY", "sourceSystem", "ERP", "occurredAt", "2026-11-02T10:00:00Z"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }

    private int payment(String customer, String user, String eventId, String invoice, String amount) {
        Map<String, Object> body = new HashMap<>(Map.of("eventId", eventId, "amount", amount, "currency", "CNY",
                "paidAt", "2026-11-20T10:00:00Z"));
        if (invoice != null) {
            body.put("invoiceNumber", invoice);
        }
        return call(user, HttpMethod.POST, "/api/customers/" + customer + "/payments", body).getStatusCode().value();
    }

    @Test
    void openIsInvoicedMinusPaidAndAPaymentCountsOnce() {
        String customer = newCustomer("ACTIVE");
        String u = unique();
        invoice(customer, "inv1-" + u, "9000001", "1000.00");
        invoice(customer, "inv2-" + u, "9000002", "500.00");
        assertThat(payment(customer, "hub", "pay1-" + u, "9000001", "300.00")).isEqualTo(200);
        assertThat(payment(customer, "hub", "pay1-" + u, "9000001", "300.00")).as("idempotent").isEqualTo(200);
        assertThat(payment(customer, "hub", "pay2-" + u, null, "200.00")).isEqualTo(200);
        assertThat(payment(customer, "crm-user", "pay3-" + u, "9000002", "1.00")).isEqualTo(403);
        assertThat(payment(customer, "hub", "pay4-" + u, "9000002", "-1.00")).isEqualTo(400);

        JsonNode receivables = call("crm-user", HttpMethod.GET, "/api/customers/" + customer + "/receivables", null)
                .getBody();

        assertThat(receivables.at("/totals/0/currency").asText()).isEqualTo("CNY");
        assertThat(receivables.at("/totals/0/invoiced").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(receivables.at("/totals/0/paid").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(receivables.at("/totals/0/open").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(receivables.at("/items/0/invoiceNumber").asText()).isEqualTo("9000001");
        assertThat(receivables.at("/items/0/open").decimalValue()).isEqualByComparingTo("700.00");
        assertThat(receivables.at("/items/1/open").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(receivables.at("/unapplied/0/amount").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(call("crm-user", HttpMethod.GET, "/api/customers/" + customer + "/history", null).getBody()
                .path("content")).as("payments are in the consumption history").hasSize(4);
    }
}
