package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.eaihub.adapters.erp.client.CUSTOMER;
import org.eaihub.adapters.erp.client.CUSTOMERCHANGEDATA;
import org.eaihub.adapters.erp.client.CustomerChange;
import org.eaihub.adapters.erp.client.CustomerGetDetail;
import org.eaihub.adapters.erp.client.ErpPortType;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer master synchronization end to end, with the real CRM, hub and ERP stub: CRM → ERP with the ERP's
 * number written back, ERP credit → CRM, no echo in either direction, an ERP outage waited out, and a business
 * fault dead-lettered with its reason and replayed once fixed.
 */
@ExtendWith(LandscapeFixture.class)
class CustomerSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SYNC = Duration.ofSeconds(60);
    private final LandscapeFixture landscape;
    private final ErpPortType erp;

    CustomerSyncTest(LandscapeFixture landscape) {
        this.landscape = landscape;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ErpPortType.class);
        factory.setAddress(landscape.url("erp").resolve("/services/erp").toString());
        factory.setUsername("integration");
        factory.setPassword(landscape.password("integration"));
        this.erp = factory.create(ErpPortType.class);
    }

    @AfterEach
    void resetErpKnobs() throws Exception {
        TestClients.send(HttpRequest.newBuilder(landscape.url("erp").resolve("/api/faults"))
                .header("Authorization", TestClients.basic("operator", landscape.password("operator"))).DELETE());
    }

    private JsonNode crm(String method, String path, Object body) throws Exception {
        return TestClients.json(landscape.url("crm").resolve(path), "crm-user", landscape.password("crm-user"), method,
                body);
    }

    private int hub(String method, String path, Object body, String user) throws Exception {
        return TestClients.send(HttpRequest.newBuilder(landscape.url(path.startsWith("/api/faults") ? "erp" : "hub")
                .resolve(path)).header("Authorization", TestClients.basic(user, landscape.password(user)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))).statusCode();
    }

    private CUSTOMER erpCustomer(String number) throws Exception {
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR(number);
        return erp.customerGetDetail(request).getCUSTOMER();
    }

    private Map<String, Object> newCustomer(String name) {
        return Map.of("kind", "ENTERPRISE", "name", name,
                "email", UUID.randomUUID().toString().substring(0, 8) + "@sync.example.com",
                "addresses", List.of(Map.of("type", "BILLING", "line1", "9 Keji Road", "city", "Shenzhen",
                        "postalCode", "518000", "countryCode", "CN")));
    }

    private String erpNumberOnceSynced(String customerId) {
        AtomicReference<String> number = new AtomicReference<>();
        await().atMost(SYNC).until(() -> {
            number.set(crm("GET", "/api/customers/" + customerId, null).at("/crossReferences/erp").asText(null));
            return number.get() != null && !number.get().isEmpty();
        });
        return number.get();
    }

    private JsonNode deadLetters(String queue) throws Exception {
        return JSON.readTree(TestClients.get(landscape.url("hub").resolve("/api/dead-letters/" + queue + "?max=1000"),
                "operator", landscape.password("operator")).body());
    }

    @Test
    void aCustomerCreatedInTheCrmAppearsInTheErpWithItsNumberBackInTheCrmAndNothingBounces() throws Exception {
        String name = "Sync Create " + UUID.randomUUID().toString().substring(0, 6);
        String id = crm("POST", "/api/customers", newCustomer(name)).path("id").asText();

        String erpNumber = erpNumberOnceSynced(id);

        assertThat(erpNumber).matches("\\d{10}");
        assertThat(erpCustomer(erpNumber).getNAME1()).isEqualTo(name);
        long crmVersion = crm("GET", "/api/customers/" + id, null).path("version").asLong();
        long erpVersion = erpCustomer(erpNumber).getVERSION();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() ->
                crm("GET", "/api/customers/" + id, null).path("version").asLong() == crmVersion
                        && erpCustomer(erpNumber).getVERSION() == erpVersion);
    }

    @Test
    void aChangeInTheCrmReachesTheErp() throws Exception {
        String id = crm("POST", "/api/customers", newCustomer("Sync Change " + UUID.randomUUID().toString()
                .substring(0, 6))).path("id").asText();
        String erpNumber = erpNumberOnceSynced(id);
        JsonNode current = crm("GET", "/api/customers/" + id, null);

        Map<String, Object> change = new java.util.HashMap<>(newCustomer("Renamed " + id));
        change.put("email", current.path("email").asText());
        change.put("version", current.path("version").asLong());
        crm("PUT", "/api/customers/" + id, change);

        await().atMost(SYNC).until(() -> ("Renamed " + id).equals(erpCustomer(erpNumber).getNAME1()));
    }

    @Test
    void aCreditBlockInTheErpAppearsInTheCrmAndDoesNotBounceBack() throws Exception {
        String id = crm("POST", "/api/customers", newCustomer("Sync Credit " + UUID.randomUUID().toString()
                .substring(0, 6))).path("id").asText();
        String erpNumber = erpNumberOnceSynced(id);
        CUSTOMER before = erpCustomer(erpNumber);
        CustomerChange change = new CustomerChange();
        change.setREQUESTID("test-" + UUID.randomUUID());
        change.setKUNNR(erpNumber);
        CUSTOMERCHANGEDATA data = new CUSTOMERCHANGEDATA();
        data.setCRBLB("X");
        change.setCUSTOMERDATA(data);
        erp.customerChange(change);

        await().atMost(SYNC).until(() -> crm("GET", "/api/customers/" + id, null).at("/credit/blocked").asBoolean());
        long erpVersion = erpCustomer(erpNumber).getVERSION();
        long crmVersion = crm("GET", "/api/customers/" + id, null).path("version").asLong();
        assertThat(erpVersion).isEqualTo(before.getVERSION() + 1);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() ->
                erpCustomer(erpNumber).getVERSION() == erpVersion
                        && crm("GET", "/api/customers/" + id, null).path("version").asLong() == crmVersion);
    }

    @Test
    void changesWaitOutAnErpOutageAndNothingIsDeadLettered() throws Exception {
        String id = crm("POST", "/api/customers", newCustomer("Sync Outage " + UUID.randomUUID().toString()
                .substring(0, 6))).path("id").asText();
        String erpNumber = erpNumberOnceSynced(id);
        int deadBefore = deadLetters("DLQ.crm.customer.events").size();

        assertThat(hub("POST", "/api/faults/outage", Map.of("durationMs", 60_000), "operator")).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try {
                erpCustomer(erpNumber);
                return false;
            } catch (RuntimeException refused) {
                return true;
            }
        });
        JsonNode current = crm("GET", "/api/customers/" + id, null);
        Map<String, Object> change = new java.util.HashMap<>(newCustomer("During Outage " + id));
        change.put("email", current.path("email").asText());
        change.put("version", current.path("version").asLong());
        crm("PUT", "/api/customers/" + id, change);

        await().atMost(Duration.ofSeconds(150)).ignoreExceptions()
                .until(() -> ("During Outage " + id).equals(erpCustomer(erpNumber).getNAME1()));
        assertThat(deadLetters("DLQ.crm.customer.events").size()).isEqualTo(deadBefore);
    }

    @Test
    void aBusinessFaultIsDeadLetteredWithItsReasonAndItsReplaySucceedsOnceFixed() throws Exception {
        String id = crm("POST", "/api/customers", newCustomer("Sync Fault " + UUID.randomUUID().toString()
                .substring(0, 6))).path("id").asText();
        String erpNumber = erpNumberOnceSynced(id);
        assertThat(TestClients.send(HttpRequest.newBuilder(landscape.url("erp").resolve("/api/faults"))
                .header("Authorization", TestClients.basic("operator", landscape.password("operator")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"errorRate\": 1.0, \"kind\": \"BUSINESS\"}")))
                .statusCode()).isBetween(200, 299);

        JsonNode current = crm("GET", "/api/customers/" + id, null);
        Map<String, Object> change = new java.util.HashMap<>(newCustomer("After Fix " + id));
        change.put("email", current.path("email").asText());
        change.put("version", current.path("version").asLong());
        crm("PUT", "/api/customers/" + id, change);

        List<JsonNode> dead = new ArrayList<>();
        await().atMost(SYNC).until(() -> {
            dead.clear();
            deadLetters("DLQ.crm.customer.events").forEach(d -> {
                if (id.equals(d.path("properties").path("businessKey").asText())) {
                    dead.add(d);
                }
            });
            return !dead.isEmpty();
        });
        assertThat(dead.get(0).path("reason").asText()).contains("ERP refused");
        assertThat(dead.get(0).path("properties").path("dlqRoute").asText()).isEqualTo("customer-sync-to-erp");

        resetErpKnobs();
        assertThat(hub("POST", "/api/dead-letters/DLQ.crm.customer.events/replay",
                Map.of("messageIds", List.of(dead.get(0).path("messageId").asText())), "operator")).isEqualTo(200);
        await().atMost(SYNC).until(() -> ("After Fix " + id).equals(erpCustomer(erpNumber).getNAME1()));
    }

    @Test
    void anUnreadableCustomerEventIsDeadLetteredNamingTheProblem() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        try (var connection = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(landscape.coreUrl())
                .createConnection("admin", landscape.password("admin"))) {
            TestClients.sendText(connection, "crm.customer.events", "{\"envelope\":{}}", correlationId);
            var dead = TestClients.receive(connection, "DLQ.crm.customer.events", correlationId);
            assertThat(dead.getStringProperty("dlqReason")).contains("envelope");
            assertThat(dead.getStringProperty("dlqOriginalQueue")).isEqualTo("crm.customer.events");
        }
    }
}
