package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.eaihub.adapters.erp.client.CUSTOMERCHANGEDATA;
import org.eaihub.adapters.erp.client.CUSTOMERCREATEDATA;
import org.eaihub.adapters.erp.client.CustomerChange;
import org.eaihub.adapters.erp.client.CustomerCreate;
import org.eaihub.adapters.erp.client.ErpPortType;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reconciliation of the CRM's and the ERP's customer masters: drift found in three groups and repaired. */
@ExtendWith(LandscapeFixture.class)
class ReconciliationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LandscapeFixture landscape;
    private final ErpPortType erp;

    ReconciliationTest(LandscapeFixture landscape) {
        this.landscape = landscape;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ErpPortType.class);
        factory.setAddress(landscape.url("erp").resolve("/services/erp").toString());
        factory.setUsername("integration");
        factory.setPassword(landscape.password("integration"));
        this.erp = factory.create(ErpPortType.class);
    }

    private HttpResponseView reconcile(boolean repair) throws Exception {
        var response = TestClients.send(HttpRequest.newBuilder(landscape.url("hub")
                .resolve("/api/reconciliation?repair=" + repair))
                .header("Authorization", TestClients.basic("operator", landscape.password("operator")))
                .POST(HttpRequest.BodyPublishers.noBody()));
        return new HttpResponseView(response.statusCode(), JSON.readTree(response.body()));
    }

    record HttpResponseView(int status, JsonNode body) {
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.isObject() ? v.path("customerId").asText() : v.asText()));
        return values;
    }

    private static boolean seeded(String customerId) {
        return customerId.matches("C-00(0\\d{3}|1000)");
    }

    @Test
    void theSeedIsInSyncInjectedDriftIsReportedInThreeGroupsAndRepaired() throws Exception {
        JsonNode first = reconcile(false).body();
        assertThat(first.path("crmCustomers").asInt()).isGreaterThanOrEqualTo(990);
        assertThat(first.path("erpCustomers").asInt()).isGreaterThanOrEqualTo(1000);
        assertThat(texts(first.path("different")).stream().filter(ReconciliationTest::seeded))
                .as("the seed starts in sync").isEmpty();
        assertThat(texts(first.path("onlyInCrm")).stream().filter(ReconciliationTest::seeded)).isEmpty();

        CustomerChange renamed = new CustomerChange();
        renamed.setREQUESTID("drift-" + UUID.randomUUID());
        renamed.setKUNNR("0010000020");
        CUSTOMERCHANGEDATA name = new CUSTOMERCHANGEDATA();
        name.setNAME1("Renamed Behind The CRM's Back");
        renamed.setCUSTOMERDATA(name);
        erp.customerChange(renamed);

        assertThat(TestClients.send(HttpRequest.newBuilder(landscape.url("crm").resolve("/api/customers/C-000021/credit"))
                .header("Authorization", TestClients.basic("admin", landscape.password("admin")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"limit\": 1.00, \"currency\": \"CNY\", \"blocked\": false}")))
                .statusCode()).isEqualTo(200);

        CustomerCreate erpOnly = new CustomerCreate();
        erpOnly.setREQUESTID("drift-" + UUID.randomUUID());
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setNAME1("Only In The ERP");
        data.setORT01("Wuhan");
        data.setLAND1("CN");
        erpOnly.setCUSTOMERDATA(data);
        String erpOnlyNumber = erp.customerCreate(erpOnly).getKUNNR();

        JsonNode drift = reconcile(false).body();
        assertThat(drift.path("different").toString()).contains("\"customerId\":\"C-000020\"")
                .contains("\"customerId\":\"C-000021\"");
        for (JsonNode d : drift.path("different")) {
            if (d.path("customerId").asText().equals("C-000020")) {
                assertThat(texts(d.path("crmOwnedFields"))).contains("NAME1");
            }
            if (d.path("customerId").asText().equals("C-000021")) {
                assertThat(texts(d.path("erpOwnedFields"))).containsExactly("KLIMK");
            }
        }
        assertThat(texts(drift.path("onlyInErp"))).contains(erpOnlyNumber);
        JsonNode conflicts = JSON.readTree(TestClients.get(landscape.url("hub")
                .resolve("/api/sync/conflicts?customerId=C-000020"), "operator", landscape.password("operator")).body());
        assertThat(conflicts.toString()).as("the ERP's change of a CRM field was refused").contains("NOT_OWNER");

        JsonNode repaired = reconcile(true).body();
        assertThat(repaired.path("repaired").asInt()).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode after = reconcile(false).body();
            return !texts(after.path("different")).contains("C-000020")
                    && !texts(after.path("different")).contains("C-000021");
        });
    }

    @Test
    void reconciliationsTriggeredAtOnceRunOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return reconcile(false).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(Map.of("latest", TestClients.get(landscape.url("hub").resolve("/api/reconciliation/latest"),
                "operator", landscape.password("operator")).statusCode())).containsEntry("latest", 200);
    }
}
