package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.eaihub.adapters.erp.client.CustomerGetDetail;
import org.eaihub.adapters.erp.client.ErpPortType;
import org.eaihub.landscape.Landscape;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.LandscapeProcess;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;

/**
 * Two hub instances (two JVMs running the packaged jar) on one broker and one PostgreSQL database carry
 * concurrent updates (1,000 to 50 customers under {@code -Psoak}, 80 to 20 by default) from the CRM to the ERP; one of them is killed (SIGKILL) in the middle and
 * restarted. At the end every ERP customer equals the CRM's last version, nothing was dead-lettered, and no
 * customer was created twice in the ERP.
 */
class CustomerSyncScaleOutIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The acceptance size (1,000 updates to 50 customers) runs with {@code -Psoak}; CI runs a bounded 80 to 20. */
    private static final int CUSTOMERS = Integer.getInteger("eaihub.soak.customers", 20);
    private static final int UPDATES = Integer.getInteger("eaihub.soak.updates", 80);

    @Test
    void twoHubsOneKilledCarryEveryUpdateOnceAndInOrder() throws Exception {
        LandscapeFixture.usePasswords();
        Path dataDir = LandscapeFixture.newDataDir();
        try (Landscape rest = Landscape.start(LandscapeFixture.arguments(dataDir, "--eaihub.parts=broker,kafka,crm,erp,scm"));
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> environment = Map.of(
                    "SPRING_PROFILES_ACTIVE", "external",
                    "EAIHUB_BROKER_URL", "tcp://127.0.0.1:" + LandscapeFixture.CORE_PORT,
                    "EAIHUB_KAFKA_BOOTSTRAP", "127.0.0.1:" + LandscapeFixture.KAFKA_PORT,
                    "EAIHUB_KAFKA_REPLICATION", "1",
                    "EAIHUB_DB_HUB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "EAIHUB_DB_HUB_USER", "postgres",
                    "EAIHUB_DB_HUB_PASSWORD", "postgres");
            int secondPort = LandscapeFixture.HUB_PORT + 10;
            URI crm = URI.create("http://127.0.0.1:" + LandscapeFixture.CRM_PORT);
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-hubs.log");
            LandscapeProcess first = LandscapeProcess.start(log, environment, List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub"));
            LandscapeProcess second = LandscapeProcess.start(log, environment, List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub", "--eaihub.ports.hub=" + secondPort));
            LandscapeProcess restarted = null;
            try {
                first.awaitHealthy(URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT + "/actuator/health"),
                        Duration.ofSeconds(180));
                second.awaitHealthy(URI.create("http://127.0.0.1:" + secondPort + "/actuator/health"),
                        Duration.ofSeconds(180));

                String run = UUID.randomUUID().toString().substring(0, 6);
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < CUSTOMERS; i++) {
                    ids.add(crm(crm, "POST", "/api/customers?force=true", customer("Scale " + run + " " + i, run + i, "v0"))
                            .path("id").asText());
                }
                Map<String, String> erpNumbers = new ConcurrentHashMap<>();
                await().atMost(Duration.ofSeconds(180)).until(() -> {
                    for (String id : ids) {
                        String number = crm(crm, "GET", "/api/customers/" + id, null).at("/crossReferences/erp")
                                .asText("");
                        if (!number.isEmpty()) {
                            erpNumbers.put(id, number);
                        }
                    }
                    return erpNumbers.size() == CUSTOMERS;
                });

                AtomicInteger done = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<?>> updates = new ArrayList<>();
                for (int n = 1; n <= UPDATES; n++) {
                    int update = n;
                    String id = ids.get(n % CUSTOMERS);
                    int index = n % CUSTOMERS;
                    updates.add(pool.submit(() -> {
                        update(crm, id, "Scale " + run + " " + index, run + index, "v" + update);
                        done.incrementAndGet();
                        return null;
                    }));
                }
                await().atMost(Duration.ofSeconds(300)).until(() -> done.get() >= UPDATES / 3);
                first.kill();
                restarted = LandscapeProcess.start(log, environment, List.of(),
                        LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub"));
                for (Future<?> update : updates) {
                    update.get();
                }
                pool.shutdown();
                restarted.awaitHealthy(URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT
                        + "/actuator/health"), Duration.ofSeconds(180));

                ErpPortType erp = erp();
                await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                    for (String id : ids) {
                        String crmName = crm(crm, "GET", "/api/customers/" + id, null).path("name").asText();
                        CustomerGetDetail get = new CustomerGetDetail();
                        get.setKUNNR(erpNumbers.get(id));
                        var held = erp.customerGetDetail(get).getCUSTOMER();
                        String erpName = held.getNAME1() + (held.getNAME2() == null ? "" : " " + held.getNAME2());
                        if (!crmName.equals(erpName)) {
                            return false;
                        }
                    }
                    return true;
                });
                JsonNode dead = JSON.readTree(TestClients.get(URI.create("http://127.0.0.1:" + secondPort
                        + "/api/dead-letters/DLQ.crm.customer.events"), "operator",
                        LandscapeFixture.passwordOf("operator")).body());
                assertThat(dead).as("nothing dead-lettered").isEmpty();
                assertThat(erpNumbers.values()).as("one ERP customer per CRM customer").doesNotHaveDuplicates()
                        .hasSize(CUSTOMERS);
                // Reconciliation asked of both instances at once: the database lock lets one run, the other is
                // told a run is under way (409).
                ExecutorService both = Executors.newFixedThreadPool(2);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<Future<java.net.http.HttpResponse<String>>> runs = new ArrayList<>();
                for (int port : new int[] {LandscapeFixture.HUB_PORT, secondPort}) {
                    runs.add(both.submit(() -> {
                        start.await();
                        return TestClients.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/reconciliation")).header("Authorization", TestClients.basic("operator",
                                LandscapeFixture.passwordOf("operator"))).POST(HttpRequest.BodyPublishers.noBody()));
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                JsonNode report = null;
                for (Future<java.net.http.HttpResponse<String>> attempt : runs) {
                    var response = attempt.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 200) {
                        report = JSON.readTree(response.body());
                    }
                }
                both.shutdown();
                assertThat(statuses).as("one instance ran, the other was refused").containsExactlyInAnyOrder(200, 409);
                assertThat(report.path("onlyInErp")).as("no customer created twice in the ERP").isEmpty();
            } finally {
                second.close();
                first.close();
                if (restarted != null) {
                    restarted.close();
                }
            }
        }
    }

    private static Map<String, Object> customer(String name, String key, String suffix) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ENTERPRISE");
        body.put("name", name + " " + suffix);
        body.put("email", "scale-" + key + "@scale.example.com");
        body.put("addresses", List.of(Map.of("type", "BILLING", "line1", "1 Scale Road", "city", "Chengdu",
                "postalCode", "610000", "countryCode", "CN")));
        return body;
    }

    /** Updates the customer's name, retrying on a version conflict as a real client would. */
    private static void update(URI crm, String id, String name, String key, String suffix) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            long version = crm(crm, "GET", "/api/customers/" + id, null).path("version").asLong();
            Map<String, Object> body = customer(name, key, suffix);
            body.put("version", version);
            var response = send(crm, "PUT", "/api/customers/" + id, body);
            if (response.statusCode() == 200) {
                return;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        }
        throw new AssertionError("Could not update " + id);
    }

    private static JsonNode crm(URI crm, String method, String path, Object body) throws Exception {
        var response = send(crm, method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private static java.net.http.HttpResponse<String> send(URI crm, String method, String path, Object body)
            throws Exception {
        return TestClients.send(HttpRequest.newBuilder(crm.resolve(path))
                .header("Authorization", TestClients.basic("crm-user", LandscapeFixture.passwordOf("crm-user")))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private static ErpPortType erp() {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ErpPortType.class);
        factory.setAddress("http://127.0.0.1:" + LandscapeFixture.ERP_PORT + "/services/erp");
        factory.setUsername("integration");
        factory.setPassword(LandscapeFixture.passwordOf("integration"));
        return factory.create(ErpPortType.class);
    }
}
