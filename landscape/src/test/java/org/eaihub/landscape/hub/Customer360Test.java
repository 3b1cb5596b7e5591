package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;

import jakarta.jms.Connection;
import jakarta.jms.Message;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.qpid.jms.JmsConnectionFactory;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.AgingBucket;
import org.eaihub.canonical.customer.Customer360;
import org.eaihub.canonical.customer.GetCustomer360;
import org.eaihub.canonical.customer.ShowCustomer360;
import org.eaihub.canonical.customer.SourceAvailability;
import org.eaihub.canonical.customer.SourceStatus;
import org.eaihub.canonical.shipment.ShipmentStatus;
import org.eaihub.config.seed.SeedData;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer 360 end to end: a seeded customer with an open invoice and an order in flight is answered with its CRM
 * profile, the ERP's receivables, aging and this month's order and the SCM's open shipment; a slow ERP (fault knob
 * latency) gives a partial answer naming the ERP and its timeout, within about that timeout; a failing ERP and an
 * unreachable SCM are named with their reasons; without the CRM there is no answer (503); the same query over SOAP
 * and JMS; the role checks.
 */
@ExtendWith(LandscapeFixture.class)
class Customer360Test {

    /**
     * A seeded customer with the ERP's seeded open invoice (every fifth), not credit-blocked, able to buy: the last
     * one, which no other test takes.
     */
    private static final SeedData.Customer CUSTOMER = SeedData.customers().stream()
            .filter(c -> c.index() % 5 == 0 && c.index() % 97 != 0 && !c.creditBlocked())
            .filter(c -> c.creditLimit().compareTo(BigDecimal.valueOf(100_000)) >= 0)
            .max(Comparator.comparingInt(SeedData.Customer::index)).orElseThrow();
    /** The hub's default ERP timeout for a customer 360 ({@code eaihub.hub.customer360.timeout.erp}). */
    private static final Duration ERP_TIMEOUT = Duration.ofSeconds(3);

    private final LandscapeFixture landscape;
    private final OrderFlows flows;
    private final CanonicalCodec codec = new CanonicalCodec();

    Customer360Test(LandscapeFixture landscape) {
        this.landscape = landscape;
        this.flows = new OrderFlows(landscape.url("hub"), landscape.url("crm"), landscape.url("erp"),
                landscape.url("scm"), landscape::password);
    }

    private HttpResponse<String> get360(String customerId, String user, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(landscape.url("hub")
                .resolve("/api/customers/" + customerId + "/360")).header("Accept", accept).GET();
        if (user != null) {
            request.header("Authorization", TestClients.basic(user, landscape.password(user)));
        }
        return TestClients.send(request);
    }

    private Customer360 view(HttpResponse<String> response, Format format) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return codec.read(response.body().getBytes(StandardCharsets.UTF_8), format, ShowCustomer360.class)
                .customer360();
    }

    private static SourceStatus source(Customer360 view, SystemCode system) {
        return view.sources().stream().filter(s -> s.system() == system).findFirst().orElseThrow();
    }

    private void erpFaults(String method, String body) throws Exception {
        var response = TestClients.send(HttpRequest.newBuilder(landscape.url("erp").resolve("/api/faults"))
                .header("Authorization", TestClients.basic("operator", landscape.password("operator")))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    @Test
    void aSeededCustomerWithAnOpenInvoiceAndAnOrderInFlightIsAnsweredFromAllThreeSystems() throws Exception {
        String order;
        try {
            // Keep the order's shipment planned (open) while the test looks at it.
            flows.scmDelays(60_000, 60_000);
            order = flows.capture(CUSTOMER.crmId(), OrderFlows.cheapSkus().get(0), 1);
            flows.awaitState(order, Duration.ofSeconds(60), "SHIPPING", "SHIPPED", "INVOICED", "COMPLETED");
            await().atMost(Duration.ofSeconds(30)).until(() -> OrderFlows.JSON.readTree(TestClients.get(
                    landscape.url("scm").resolve("/api/shipments?orderRef=" + order), "operator",
                    landscape.password("operator")).body()).size() > 0);
        } finally {
            flows.resetScm();
        }

        HttpResponse<String> response = get360(CUSTOMER.crmId(), "integration", "application/json");
        Customer360 view = view(response, Format.JSON);

        assertThat(response.headers().firstValue("Customer360-Missing")).isEmpty();
        assertThat(view.sources()).extracting(SourceStatus::system)
                .containsExactly(SystemCode.CRM, SystemCode.ERP, SystemCode.SCM);
        assertThat(view.sources()).allSatisfy(s -> {
            assertThat(s.availability()).isEqualTo(SourceAvailability.ANSWERED);
            assertThat(s.asOf()).isNotNull();
            assertThat(s.reason()).isNull();
        });
        assertThat(view.customer().customerId()).isEqualTo(CUSTOMER.crmId());
        assertThat(view.receivableBalance().amount()).isPositive();
        assertThat(view.receivablesAging()).extracting(AgingBucket::bucket)
                .containsExactly("0-30", "31-60", "61-90", "90+");
        assertThat(view.receivablesAging().stream().mapToInt(AgingBucket::itemCount).sum()).isPositive();
        assertThat(view.openItems()).isNotEmpty();
        assertThat(view.currentMonth().orderCount()).as("the order just placed").isPositive();
        assertThat(view.tradeHistory()).isNotEmpty();
        assertThat(view.recentShipments()).filteredOn(s -> s.salesOrderId().equals(order)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.status()).isIn(ShipmentStatus.REQUESTED, ShipmentStatus.SHIPPED));

        Customer360 asXml = view(get360(CUSTOMER.crmId(), "operator", "application/xml"), Format.XML);
        assertThat(asXml.customer().customerId()).isEqualTo(CUSTOMER.crmId());
    }

    @Test
    void aSlowErpGivesAPartialAnswerNamingTheErpAndItsTimeoutWithinAboutThatTimeout() throws Exception {
        HttpResponse<String> response;
        long elapsedMs;
        try {
            erpFaults("PUT", "{\"latencyMs\": 10000}");
            long started = System.nanoTime();
            response = get360(CUSTOMER.crmId(), "integration", "application/json");
            elapsedMs = (System.nanoTime() - started) / 1_000_000;
        } finally {
            erpFaults("DELETE", null);
        }

        Customer360 view = view(response, Format.JSON);
        assertThat(response.headers().firstValue("Customer360-Missing")).contains("ERP");
        // The CRM is asked first, then the ERP under its own timeout: the CRM's time comes on top (seconds on a
        // loaded machine), the ERP's 10 s never.
        assertThat(elapsedMs).as("answered after the ERP's timeout, without waiting for the ERP")
                .isBetween(ERP_TIMEOUT.toMillis() - 100, ERP_TIMEOUT.toMillis() + 5_000);
        SourceStatus erp = source(view, SystemCode.ERP);
        assertThat(erp.availability()).isEqualTo(SourceAvailability.TIMED_OUT);
        assertThat(erp.asOf()).isNull();
        assertThat(erp.reason().code()).isEqualTo("TIMEOUT");
        assertThat(erp.reason().description()).contains("PT3S");
        assertThat(source(view, SystemCode.CRM).availability()).isEqualTo(SourceAvailability.ANSWERED);
        assertThat(source(view, SystemCode.SCM).availability()).isEqualTo(SourceAvailability.ANSWERED);
        assertThat(view.customer().customerId()).isEqualTo(CUSTOMER.crmId());
        assertThat(view.receivableBalance()).isNull();
        assertThat(view.receivablesAging()).isEmpty();
        assertThat(view.tradeHistory()).isEmpty();
    }

    @Test
    void aFailingErpAndAnUnreachableScmAreNamedWithTheirReasons() throws Exception {
        HttpResponse<String> response;
        try {
            erpFaults("PUT", "{\"errorRate\": 1.0, \"kind\": \"SERVER\"}");
            landscape.connector("scm", false);
            response = get360(CUSTOMER.crmId(), "integration", "application/json");
        } finally {
            landscape.connector("scm", true);
            erpFaults("DELETE", null);
        }

        Customer360 view = view(response, Format.JSON);
        assertThat(response.headers().firstValue("Customer360-Missing")).contains("ERP,SCM");
        SourceStatus erp = source(view, SystemCode.ERP);
        SourceStatus scm = source(view, SystemCode.SCM);
        assertThat(erp.availability()).isEqualTo(SourceAvailability.UNAVAILABLE);
        assertThat(erp.reason().code()).isEqualTo("ERROR");
        assertThat(scm.availability()).isEqualTo(SourceAvailability.UNAVAILABLE);
        assertThat(scm.reason().code()).isEqualTo("UNREACHABLE");
        assertThat(view.customer().customerId()).isEqualTo(CUSTOMER.crmId());
        assertThat(view.recentShipments()).isEmpty();
    }

    @Test
    void withoutTheCrmThereIsNoAnswerAnd503SaysSo() throws Exception {
        HttpResponse<String> rest;
        HttpResponse<String> soap;
        try {
            landscape.connector("crm", false);
            rest = get360(CUSTOMER.crmId(), "integration", "application/json");
            soap = soap(soapBody(CUSTOMER.crmId()), "integration");
        } finally {
            landscape.connector("crm", true);
            // The CRM's circuit opened; wait until its probe closed it, so that the next test meets a normal CRM.
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    get360(CUSTOMER.crmId(), "operator", "application/json").statusCode() == 200);
        }

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(503);
        JsonNode problem = OrderFlows.JSON.readTree(rest.body());
        assertThat(problem.path("source").asText()).isEqualTo("CRM");
        assertThat(problem.path("reason").asText()).isEqualTo("UNREACHABLE");
        assertThat(soap.body()).contains("Server.Unavailable").doesNotContain("ShowCustomer360");
    }

    @Test
    void soapAndJmsAnswerTheSameQueryAndAnUnknownCustomerGetsAnEmptyAnswer() throws Exception {
        String known = soapBody(CUSTOMER.crmId());
        String unknown = soapBody("C-999999");

        var answered = soap(known, "integration");
        var byOperator = soap(known, "operator");
        var none = soap(unknown, "integration");
        var wrongRole = soap(known, "crm-user");

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("ShowCustomer360").contains(CUSTOMER.crmId()).contains("agingBucket");
        assertThat(byOperator.statusCode()).as(byOperator.body()).isEqualTo(200);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(none.body()).contains("ShowCustomer360").doesNotContain("customer360");
        assertThat(wrongRole.body()).contains("NotAuthorized").doesNotContain(CUSTOMER.crmId() + "<");

        GetCustomer360 query = query(CUSTOMER.crmId());
        ShowCustomer360 overJms = overJms(query);
        assertThat(overJms.envelope().correlationId()).isEqualTo(query.envelope().correlationId());
        assertThat(overJms.customer360().customer().customerId()).isEqualTo(CUSTOMER.crmId());
        assertThat(overJms.customer360().sources()).hasSize(3);
    }

    @Test
    void onlyAuthenticatedIntegrationClientsAndOperatorsMayAskAndAnUnknownCustomerIsNotFound() throws Exception {
        assertThat(get360(CUSTOMER.crmId(), null, "application/json").statusCode()).isEqualTo(401);
        assertThat(get360(CUSTOMER.crmId(), "crm-user", "application/json").statusCode()).isEqualTo(403);
        var unknown = get360("C-999999", "operator", "application/json");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    }

    private static GetCustomer360 query(String customerId) {
        return new GetCustomer360(Envelope.newConversation(GetCustomer360.class, SystemCode.ERP, customerId),
                customerId);
    }

    private String soapBody(String customerId) {
        String query = new String(codec.write(query(customerId), Format.XML), StandardCharsets.UTF_8)
                .replaceFirst("^<\\?xml[^>]*\\?>", "");
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + query + "</soapenv:Body></soapenv:Envelope>";
    }

    private HttpResponse<String> soap(String envelope, String user) throws Exception {
        return TestClients.send(HttpRequest.newBuilder(landscape.url("hub").resolve("/services/canonical"))
                .header("Authorization", TestClients.basic(user, landscape.password(user)))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
    }

    private ShowCustomer360 overJms(GetCustomer360 query) throws Exception {
        try (Connection amqp = new JmsConnectionFactory(landscape.amqpUrl())
                .createConnection("integration", landscape.password("integration"))) {
            Message reply = TestClients.askHub(amqp, query, Format.JSON, true, Duration.ofSeconds(30));
            return codec.read(TestClients.text(reply).getBytes(StandardCharsets.UTF_8), Format.JSON,
                    ShowCustomer360.class);
        }
    }
}
