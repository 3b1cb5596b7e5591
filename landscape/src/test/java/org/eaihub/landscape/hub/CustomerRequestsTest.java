package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.qpid.jms.JmsConnectionFactory;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.GetCustomerPartyMaster;
import org.eaihub.canonical.customer.ShowCustomerPartyMaster;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Backends asking the hub about customers: {@code GetCustomerPartyMaster} request/reply over JMS (AMQP, as the
 * integration client, replies on {@code hub.reply.integration}) in XML and JSON, the same over REST and SOAP, and
 * an ERP's canonical customer change applied by ownership (credit mirrored, CRM-owned fields refused).
 */
@ExtendWith(LandscapeFixture.class)
class CustomerRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEEDED = "C-000003";
    private static final String SEEDED_ERP = "0010000003";
    private final LandscapeFixture landscape;
    private final CanonicalCodec codec = new CanonicalCodec();

    CustomerRequestsTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    private static GetCustomerPartyMaster query(SystemCode system, String id) {
        return new GetCustomerPartyMaster(Envelope.newConversation(GetCustomerPartyMaster.class, SystemCode.ERP, id),
                new CrossReference(system, id));
    }

    /** Sends a request as the integration client and waits for the reply with its correlation id. */
    private Message request(CanonicalMessage message, Format format, boolean wantsReply) throws Exception {
        try (Connection amqp = new JmsConnectionFactory(landscape.amqpUrl())
                .createConnection("integration", landscape.password("integration"))) {
            return TestClients.askHub(amqp, message, format, wantsReply, Duration.ofSeconds(30));
        }
    }

    private ShowCustomerPartyMaster show(Message reply, Format format) throws Exception {
        assertThat(reply.getStringProperty("contentType")).isEqualTo(format.contentType());
        return codec.read(TestClients.text(reply).getBytes(StandardCharsets.UTF_8), format, ShowCustomerPartyMaster.class);
    }

    private java.net.http.HttpResponse<String> post(String path, String user, String contentType, String body)
            throws Exception {
        return TestClients.send(HttpRequest.newBuilder(landscape.url("hub").resolve(path))
                .header("Authorization", TestClients.basic(user, landscape.password(user)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode crm(String method, String path, Object body) throws Exception {
        return TestClients.json(landscape.url("crm").resolve(path), "crm-user", landscape.password("crm-user"), method,
                body);
    }

    @Test
    void aCustomerQueryInXmlIsAnsweredOnTheReplyQueueWithTheCustomerAndItsCrossReferences() throws Exception {
        GetCustomerPartyMaster query = query(SystemCode.CRM, SEEDED);

        ShowCustomerPartyMaster answer = show(request(query, Format.XML, true), Format.XML);

        assertThat(answer.envelope().correlationId()).isEqualTo(query.envelope().correlationId());
        assertThat(answer.envelope().causationId()).isEqualTo(query.envelope().messageId());
        assertThat(answer.customers()).singleElement().satisfies(customer -> {
            assertThat(customer.customerId()).isEqualTo(SEEDED);
            assertThat(customer.crossReferences()).contains(new CrossReference(SystemCode.ERP, SEEDED_ERP));
        });
    }

    @Test
    void aQueryByErpNumberInJsonFindsTheSameCustomerAndAnUnknownIdFindsNone() throws Exception {
        ShowCustomerPartyMaster byErp = show(request(query(SystemCode.ERP, SEEDED_ERP), Format.JSON, true),
                Format.JSON);
        ShowCustomerPartyMaster unknown = show(request(query(SystemCode.CRM, "C-999999"), Format.JSON, true),
                Format.JSON);

        assertThat(byErp.customers()).extracting(Customer::customerId).containsExactly(SEEDED);
        assertThat(unknown.customers()).isEmpty();
    }

    @Test
    void aQueryWithoutReplyToIsDeadLetteredAndAnInvalidRequestGetsItsReasonAsTheReply() throws Exception {
        GetCustomerPartyMaster query = query(SystemCode.CRM, SEEDED);
        request(query, Format.JSON, false);
        try (Connection core = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(landscape.coreUrl())
                .createConnection("admin", landscape.password("admin"))) {
            Message dead = TestClients.receive(core, "DLQ.hub.in.customer", query.envelope().correlationId());
            assertThat(dead.getStringProperty("dlqReason")).contains("JMSReplyTo");
            assertThat(dead.getStringProperty("dlqRoute")).isEqualTo("customer-requests");
        }

        GetCustomerPartyMaster bySupplier = query(SystemCode.SCM, "SP-000003");
        Message refusal = request(bySupplier, Format.JSON, true);
        assertThat(refusal.getStringProperty("contentType")).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(TestClients.text(refusal)).path("detail").asText()).contains("customerRef.system");
    }

    @Test
    void anErpChangeMirrorsTheCreditIntoTheCrmAndRefusesTheFieldsTheCrmOwns() throws Exception {
        String id = crm("POST", "/api/customers", Map.of("kind", "ENTERPRISE", "name", "Requests " + UUID.randomUUID()
                .toString().substring(0, 6), "email", UUID.randomUUID().toString().substring(0, 8) + "@req.example.com",
                "addresses", List.of(Map.of("type", "BILLING", "line1", "1 Hub Road", "city", "Wuhan",
                        "countryCode", "CN")))).path("id").asText();
        Customer current = show(request(query(SystemCode.CRM, id), Format.JSON, true), Format.JSON).customers().get(0);
        Customer proposed = current.toBuilder().name("Renamed By The ERP")
                .creditLimit(new Money(new BigDecimal("77000.00"), "CNY")).creditGrade("BB").build();
        SyncCustomerPartyMaster change = new SyncCustomerPartyMaster(
                Envelope.newConversation(SyncCustomerPartyMaster.class, SystemCode.ERP, id), proposed);

        request(change, Format.XML, false);

        await().atMost(Duration.ofSeconds(30)).until(() -> crm("GET", "/api/customers/" + id, null)
                .at("/credit/limit").decimalValue().compareTo(new BigDecimal("77000")) == 0);
        JsonNode after = crm("GET", "/api/customers/" + id, null);
        assertThat(after.at("/credit/grade").asText()).isEqualTo("BB");
        assertThat(after.path("name").asText()).isEqualTo(current.name());
        JsonNode conflicts = JSON.readTree(TestClients.get(landscape.url("hub").resolve("/api/sync/conflicts?customerId="
                + id), "operator", landscape.password("operator")).body());
        assertThat(conflicts.toString()).contains("NOT_OWNER").contains("name");
    }

    @Test
    void restAnswersAQueryRefusesAnInvalidOneWithTheFieldAndRefusesTheWrongRole() throws Exception {
        String query = new String(codec.write(query(SystemCode.CRM, SEEDED), Format.JSON), StandardCharsets.UTF_8);

        var answered = post("/api/messages", "integration", "application/json", query);
        var invalid = post("/api/messages", "integration", "application/json",
                query.replace("\"system\":\"CRM\"", "\"system\":\"NOPE\""));
        var wrongRole = post("/api/messages", "crm-user", "application/json", query);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(codec.read(answered.body().getBytes(StandardCharsets.UTF_8), Format.JSON,
                ShowCustomerPartyMaster.class).customers()).extracting(Customer::customerId).containsExactly(SEEDED);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("customerRef.system");
        assertThat(wrongRole.statusCode()).isEqualTo(403);
    }

    @Test
    void soapAnswersAQueryWithTheCanonicalDocumentAndPublishesItsContract() throws Exception {
        String query = new String(codec.write(query(SystemCode.ERP, SEEDED_ERP), Format.XML), StandardCharsets.UTF_8)
                .replaceFirst("^<\\?xml[^>]*\\?>", "");
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + query + "</soapenv:Body></soapenv:Envelope>";

        var answered = post("/services/canonical", "integration", "text/xml; charset=utf-8", envelope);
        var wrongRole = post("/services/canonical", "operator", "text/xml; charset=utf-8", envelope);
        var wsdl = TestClients.get(landscape.url("hub").resolve("/services/canonical?wsdl"), null, null);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("ShowCustomerPartyMaster").contains(SEEDED);
        assertThat(wrongRole.body()).contains("NotAuthorized").doesNotContain(SEEDED);
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("GetCustomerPartyMaster").contains("ProcessSalesOrder");
    }
}
