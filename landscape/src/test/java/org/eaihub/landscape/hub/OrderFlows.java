package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.eaihub.adapters.erp.client.ErpPortType;
import org.eaihub.adapters.erp.client.SALESORDER;
import org.eaihub.adapters.erp.client.SalesOrderGetDetail;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;

/**
 * Orders through the landscape as a user and an operator see them: captured in the CRM, followed in the hub's
 * Order Watch, checked in the ERP and the SCM.
 */
final class OrderFlows {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> TERMINAL = Set.of("COMPLETED", "REJECTED", "CANCELLED");

    private final URI hub;
    private final URI crm;
    private final URI scm;
    private final URI erpHttp;
    private final java.util.function.UnaryOperator<String> passwords;
    private final ErpPortType erp;

    OrderFlows(URI hub, URI crm, URI erp, URI scm, java.util.function.UnaryOperator<String> passwords) {
        this.hub = hub;
        this.crm = crm;
        this.scm = scm;
        this.erpHttp = erp;
        this.passwords = passwords;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ErpPortType.class);
        factory.setAddress(erp.resolve("/services/erp").toString());
        factory.setUsername("integration");
        factory.setPassword(passwords.apply("integration"));
        this.erp = factory.create(ErpPortType.class);
    }

    /** Captures an order in the CRM as a CRM user; lines are sku, quantity pairs. Returns the order number. */
    String capture(String customerId, Object... skuQuantity) throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            lines.add(Map.of("sku", skuQuantity[i], "quantity", skuQuantity[i + 1], "unitPrice", 10));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId);
        body.put("currency", "CNY");
        body.put("requestedDeliveryDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        body.put("lines", lines);
        var response = TestClients.send(HttpRequest.newBuilder(crm.resolve("/api/orders"))
                .header("Authorization", TestClients.basic("crm-user", passwords.apply("crm-user")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("orderNumber").asText();
    }

    /** The hub's Order Watch view, or null while the hub has not seen the order. */
    JsonNode tracking(String orderNumber) throws Exception {
        var response = TestClients.get(hub.resolve("/api/orders/" + orderNumber + "/tracking"), "operator",
                passwords.apply("operator"));
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    JsonNode awaitState(String orderNumber, Duration atMost, String... states) {
        Set<String> wanted = Set.of(states);
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            last.set(tracking(orderNumber));
            return last.get() != null && wanted.contains(last.get().path("sagaState").asText());
        });
        return last.get();
    }

    JsonNode crmOrder(String orderNumber) throws Exception {
        var response = TestClients.get(crm.resolve("/api/orders/" + orderNumber), "admin", passwords.apply("admin"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    SALESORDER erpOrder(String vbeln) throws Exception {
        SalesOrderGetDetail request = new SalesOrderGetDetail();
        request.setVBELN(vbeln);
        return erp.salesOrderGetDetail(request).getSALESORDER();
    }

    JsonNode scmReservations(String orderNumber) throws Exception {
        var response = TestClients.get(scm.resolve("/api/reservations?orderRef=" + orderNumber), "operator",
                passwords.apply("operator"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Sets the SCM's delays (dispatch, delivery) for the tests; reset with {@link #resetScm()}. */
    void scmDelays(long dispatchMs, long deliveryMs) throws Exception {
        var response = TestClients.send(HttpRequest.newBuilder(scm.resolve("/api/settings"))
                .header("Authorization", TestClients.basic("operator", passwords.apply("operator")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("dispatchDelayMs", dispatchMs, "deliveryDelayMs", deliveryMs)))));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    void resetScm() throws Exception {
        TestClients.send(HttpRequest.newBuilder(scm.resolve("/api/settings"))
                .header("Authorization", TestClients.basic("operator", passwords.apply("operator"))).DELETE());
    }

    void erpOutage(long millis) throws Exception {
        var response = TestClients.send(HttpRequest.newBuilder(erpHttp.resolve("/api/faults/outage"))
                .header("Authorization", TestClients.basic("operator", passwords.apply("operator")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"durationMs\":" + millis + "}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    void resetErp() throws Exception {
        TestClients.send(HttpRequest.newBuilder(erpHttp.resolve("/api/faults"))
                .header("Authorization", TestClients.basic("operator", passwords.apply("operator"))).DELETE());
    }

    /** Creditworthy seeded customers (see {@link LandscapeFixture#creditworthyCustomers()}) but the no-backorders one. */
    static List<String> creditworthy(int count) {
        return LandscapeFixture.creditworthyCustomers().stream()
                .filter(id -> !id.equals(LandscapeFixture.NO_BACKORDERS_CUSTOMER)).limit(count).toList();
    }

    /** The seeded SKUs, cheapest first. */
    static List<String> cheapSkus() {
        return org.eaihub.config.seed.SeedData.products().stream()
                .sorted(java.util.Comparator.comparing(org.eaihub.config.seed.SeedData.Product::listPrice))
                .map(org.eaihub.config.seed.SeedData.Product::sku).toList();
    }

    /** The ERP's trade history of the customer over the last 12 months: orders created and orders cancelled. */
    int[] erpOrderCounts(String erpCustomer) {
        org.eaihub.adapters.erp.client.TradeHistoryGet request = new org.eaihub.adapters.erp.client.TradeHistoryGet();
        request.setKUNNR(erpCustomer);
        int[] counts = new int[2];
        try {
            var periods = erp.tradeHistoryGet(request).getPERIODS();
            if (periods != null) {
                for (var period : periods.getItem()) {
                    counts[0] += period.getORDERCOUNT();
                    counts[1] += period.getCANCELLEDCOUNT();
                }
            }
        } catch (org.eaihub.adapters.erp.client.ErpFault e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** What the SCM has available of the SKU over all warehouses. */
    int available(String sku) throws Exception {
        var response = TestClients.get(scm.resolve("/api/atp/" + sku), "operator", passwords.apply("operator"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).at("/total/available").asInt();
    }

    static List<String> steps(JsonNode tracking) {
        List<String> steps = new ArrayList<>();
        tracking.path("steps").forEach(s -> steps.add(s.path("step").asText()));
        return steps;
    }
}
