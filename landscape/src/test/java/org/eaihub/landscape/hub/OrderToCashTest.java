package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.adapters.erp.client.SALESORDER;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order-to-cash end to end with the real CRM, hub, ERP and SCM stubs: the happy path, a credit block, missing
 * stock under each policy (the landscape's default BACKORDER with a short backorder deadline; CANCEL for
 * {@code LandscapeFixture.NO_BACKORDERS_CUSTOMER}), an ERP outage in the middle of a saga, and Order Watch over SOAP.
 */
@ExtendWith(LandscapeFixture.class)
class OrderToCashTest {

    private static final Duration FLOW = Duration.ofSeconds(90);

    /** Customers in good standing who take backorders. */
    private static final List<String> GOOD = OrderFlows.creditworthy(6);
    private static final List<String> SKUS = OrderFlows.cheapSkus();

    private final LandscapeFixture landscape;
    private final OrderFlows flows;

    OrderToCashTest(LandscapeFixture landscape) {
        this.landscape = landscape;
        this.flows = new OrderFlows(landscape.url("hub"), landscape.url("crm"), landscape.url("erp"),
                landscape.url("scm"), landscape::password);
    }

    @BeforeAll
    static void fastWarehouses() throws Exception {
        LandscapeFixture landscape = LandscapeFixture.shared();
        new OrderFlows(landscape.url("hub"), landscape.url("crm"), landscape.url("erp"), landscape.url("scm"),
                landscape::password).scmDelays(300, 60_000);
    }

    @AfterAll
    static void resetWarehouses() throws Exception {
        LandscapeFixture landscape = LandscapeFixture.shared();
        new OrderFlows(landscape.url("hub"), landscape.url("crm"), landscape.url("erp"), landscape.url("scm"),
                landscape::password).resetScm();
    }

    @AfterEach
    void resetErp() throws Exception {
        flows.resetErp();
    }

    @Test
    void anOrderTravelsFromTheCrmThroughErpAndScmToItsInvoiceAndBack() throws Exception {
        String order = flows.capture(GOOD.get(0), SKUS.get(0), 2, SKUS.get(1), 1);

        JsonNode done = flows.awaitState(order, FLOW, "COMPLETED", "REJECTED", "CANCELLED");

        assertThat(done.path("sagaState").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(OrderFlows.steps(done)).containsSubsequence("RECEIVED", "CREDIT_CHECKED", "ERP_ORDER_CREATED",
                "RESERVATION_REQUESTED", "RESERVED", "SHIPMENT_REQUESTED", "SHIPMENT_ACCEPTED", "SHIPPED",
                "GOODS_ISSUE_POSTED", "COMPLETED");
        assertThat(done.path("shipments")).isNotEmpty();
        assertThat(done.path("trackingNumber").asText()).isNotBlank();

        SALESORDER erpOrder = flows.erpOrder(done.path("erpOrderNumber").asText());
        assertThat(erpOrder.getBSTKD()).isEqualTo(order);
        assertThat(erpOrder.getVBELNVF()).isEqualTo(done.path("invoiceNumber").asText());
        assertThat(erpOrder.getABGRU()).isNull();

        JsonNode reservations = flows.scmReservations(order);
        assertThat(reservations).hasSize(1);
        assertThat(reservations.get(0).path("status").asText()).isEqualTo("SHIPPED");

        JsonNode crm = flows.crmOrder(order);
        assertThat(crm.path("status").asText()).isEqualTo("COMPLETED");
        List<String> reported = new ArrayList<>();
        crm.path("history").forEach(h -> {
            if ("APPLIED".equals(h.path("outcome").asText())) {
                reported.add(h.path("status").asText());
            }
        });
        assertThat(reported).containsSubsequence("CREDIT_CHECKED", "CONFIRMED", "RESERVED", "SHIPPED", "INVOICED",
                "COMPLETED");
    }

    @Test
    void aCustomerBlockedInCreditManagementIsRejectedWithTheReason() throws Exception {
        String order = flows.capture("C-000097", SKUS.get(0), 1);

        JsonNode done = flows.awaitState(order, FLOW, "COMPLETED", "REJECTED", "CANCELLED");

        assertThat(done.path("sagaState").asText()).as(done.toString()).isEqualTo("REJECTED");
        assertThat(done.path("reason").asText()).contains("credit");
        assertThat(done.path("erpOrderNumber").isNull() || done.path("erpOrderNumber").isMissingNode()).isTrue();
        assertThat(flows.scmReservations(order)).isEmpty();
        JsonNode crm = flows.crmOrder(order);
        assertThat(crm.path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void missingStockIsBackorderedThenCancelledWhenTheBackorderExpires() throws Exception {
        String order = flows.capture(GOOD.get(1), SKUS.get(2), flows.available(SKUS.get(2)) + 10);

        JsonNode waiting = flows.awaitState(order, FLOW, "BACKORDERED");
        assertThat(flows.crmOrder(order).path("status").asText()).isEqualTo("BACKORDERED");

        JsonNode done = flows.awaitState(order, FLOW, "CANCELLED", "COMPLETED");
        assertThat(done.path("sagaState").asText()).isEqualTo("CANCELLED");
        assertThat(done.path("reason").asText()).contains("backorder expired");
        assertThat(OrderFlows.steps(done)).contains("RESERVE_AGAIN");
        assertThat(flows.erpOrder(waiting.path("erpOrderNumber").asText()).getABGRU()).isNotNull();
        flows.scmReservations(order).forEach(r -> assertThat(r.path("status").asText()).isNotEqualTo("HELD"));
        assertThat(flows.crmOrder(order).path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void missingStockForACustomerWhoTakesNoBackordersCancelsAndReleasesWhatWasHeld() throws Exception {
        String order = flows.capture(LandscapeFixture.NO_BACKORDERS_CUSTOMER, SKUS.get(3), 1, SKUS.get(4), flows.available(SKUS.get(4)) + 10);

        JsonNode done = flows.awaitState(order, FLOW, "CANCELLED", "COMPLETED");

        assertThat(done.path("sagaState").asText()).as(done.toString()).isEqualTo("CANCELLED");
        assertThat(done.path("reason").asText()).contains("insufficient stock").contains(SKUS.get(4));
        assertThat(flows.erpOrder(done.path("erpOrderNumber").asText()).getABGRU()).isNotNull();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode reservations = flows.scmReservations(order);
            assertThat(reservations).hasSize(1);
            assertThat(reservations.get(0).path("status").asText()).isEqualTo("RELEASED");
        });
        assertThat(flows.crmOrder(order).path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void anErpOutageInTheMiddleOfASagaIsWaitedOutAndTheOrderCompletesOnce() throws Exception {
        String order = flows.capture(GOOD.get(2), SKUS.get(5), 1);
        flows.awaitState(order, FLOW, "CONFIRMED", "RESERVING", "RESERVED", "SHIPPING");
        flows.erpOutage(15_000);

        JsonNode done = flows.awaitState(order, Duration.ofSeconds(120), "COMPLETED", "REJECTED", "CANCELLED");

        assertThat(done.path("sagaState").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(OrderFlows.steps(done).stream().filter("GOODS_ISSUE_POSTED"::equals).count()).isEqualTo(1);
        assertThat(flows.erpOrder(done.path("erpOrderNumber").asText()).getVBELNVF())
                .isEqualTo(done.path("invoiceNumber").asText());
        JsonNode dead = OrderFlows.JSON.readTree(TestClients.get(landscape.url("hub")
                .resolve("/api/dead-letters/DLQ.hub.order.events?max=1000"), "operator",
                landscape.password("operator")).body());
        assertThat(dead.toString()).doesNotContain(order);
    }

    @Test
    void orderWatchAnswersOverSoapForIntegrationClientsOnly() throws Exception {
        String order = flows.capture(GOOD.get(3), SKUS.get(6), 1);
        flows.awaitState(order, FLOW, "COMPLETED", "REJECTED", "CANCELLED");
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:t=\"urn:eaihub:hub:order-tracking:1\"><soap:Body><t:track><t:orderNumber>" + order
                + "</t:orderNumber></t:track></soap:Body></soap:Envelope>";

        var answer = soap(envelope, "integration");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains(order).contains("COMPLETED").contains("GOODS_ISSUE_POSTED");

        assertThat(soap(envelope, "crm-user").body()).contains("NotAuthorized");
        assertThat(soap(envelope.replace(order, "SO-999999"), "integration").body()).contains("no order SO-999999");
        assertThat(TestClients.get(landscape.url("hub").resolve("/api/orders/" + order + "/tracking"), "crm-user",
                landscape.password("crm-user")).statusCode()).isEqualTo(403);
        assertThat(TestClients.get(landscape.url("hub").resolve("/api/orders/" + order + "/tracking"), null, null)
                .statusCode()).isEqualTo(401);
    }

    private java.net.http.HttpResponse<String> soap(String envelope, String user) throws Exception {
        return TestClients.send(HttpRequest.newBuilder(landscape.url("hub").resolve("/services/order-tracking"))
                .header("Authorization", TestClients.basic(user, landscape.password(user)))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
    }
}
