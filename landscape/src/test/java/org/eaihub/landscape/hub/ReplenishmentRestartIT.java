package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eaihub.landscape.Landscape;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.LandscapeProcess;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;

/**
 * The replenishment collection survives a crash: a demand the hub collected is in the hub's database (PostgreSQL),
 * not in the JVM; the hub is killed with SIGKILL before the interval is over, and the restarted hub's own timer
 * (a short interval) puts that demand in exactly one pull list, whose goods receipt raises the stock.
 */
class ReplenishmentRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDemandCollectedBeforeASigkillIsInTheNextPullListAfterTheRestart() throws Exception {
        LandscapeFixture.usePasswords();
        Path dataDir = LandscapeFixture.newDataDir();
        String[] args = LandscapeFixture.arguments(dataDir, "--eaihub.parts=broker,kafka,crm,erp,scm");
        try (Landscape rest = Landscape.start(args);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> environment = Map.of(
                    "SPRING_PROFILES_ACTIVE", "external",
                    "EAIHUB_BROKER_URL", "tcp://127.0.0.1:" + LandscapeFixture.CORE_PORT,
                    "EAIHUB_KAFKA_BOOTSTRAP", "127.0.0.1:" + LandscapeFixture.KAFKA_PORT,
                    "EAIHUB_KAFKA_REPLICATION", "1",
                    "EAIHUB_DB_HUB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "EAIHUB_DB_HUB_USER", "postgres",
                    "EAIHUB_DB_HUB_PASSWORD", "postgres");
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-hub.log");
            URI hubUrl = URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT);
            URI scmUrl = URI.create("http://127.0.0.1:" + LandscapeFixture.SCM_PORT);
            String operator = LandscapeFixture.passwordOf("operator");
            var kafka = LandscapeFixture.kafkaFor("admin", LandscapeFixture.passwordOf("admin"));
            TestClients.send(HttpRequest.newBuilder(scmUrl.resolve("/api/settings"))
                    .header("Authorization", TestClients.basic("operator", operator))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"supplierLeadTimeMs\":300}")));

            try (var producer = new KafkaProducer<>(kafka.producer(), new StringSerializer(), new ByteArraySerializer());
                    KafkaTap tap = new KafkaTap(kafka, List.of("scm.inventory.changed", "scm.supplier.pull-lists"))) {
                LandscapeProcess first = LandscapeProcess.start(log, environment, List.of(),
                        LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub",
                                "--eaihub.hub.replenishment.interval=PT1H"));
                String sku;
                String demandId;
                try {
                    first.awaitHealthy(hubUrl.resolve("/actuator/health"), Duration.ofSeconds(120));
                    String candidate = null;
                    JsonNode shanghai = null;
                    for (int i = 150; i < 200 && candidate == null; i++) {
                        JsonNode w = shanghai(scmUrl, operator, String.format("SKU-%05d", i));
                        if (w.path("available").asInt() > w.path("reorderPoint").asInt() + 5) {
                            candidate = String.format("SKU-%05d", i);
                            shanghai = w;
                        }
                    }
                    sku = candidate;
                    assertThat(sku).as("a SKU well stocked in WH-SH").isNotNull();
                    String orderRef = "SO-RST-" + UUID.randomUUID().toString().substring(0, 8);
                    ObjectNode request = JSON.createObjectNode().put("type", "ReservationRequest")
                            .put("schemaVersion", 1).put("requestId", "R-" + orderRef).put("orderRef", orderRef);
                    request.putArray("lines").addObject().put("lineNo", 1).put("sku", sku).put("quantity",
                            shanghai.path("available").asInt() - shanghai.path("reorderPoint").asInt() + 1);
                    producer.send(new ProducerRecord<>("scm.reservation.requests", orderRef,
                            JSON.writeValueAsBytes(request))).get(30, TimeUnit.SECONDS);
                    demandId = KafkaTap.json(tap.await("scm.inventory.changed", r -> sku.equals(r.key())
                            && "ReplenishmentDemand".equals(KafkaTap.header(r, "eventType")), Duration.ofSeconds(60)))
                            .path("demandId").asText();
                    await().atMost(Duration.ofSeconds(60)).until(() -> demand(hubUrl, operator, demandId) != null);
                    assertThat(demand(hubUrl, operator, demandId).hasNonNull("pullListId")).as("still open").isFalse();
                } finally {
                    first.kill();
                }

                try (LandscapeProcess restarted = LandscapeProcess.start(log, environment, List.of(),
                        LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub",
                                "--eaihub.hub.replenishment.interval=PT10S"))) {
                    restarted.awaitHealthy(hubUrl.resolve("/actuator/health"), Duration.ofSeconds(120));
                    await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                            demand(hubUrl, operator, demandId).hasNonNull("pullListId"));
                    String pullListId = demand(hubUrl, operator, demandId).path("pullListId").asText();
                    JsonNode pullList = KafkaTap.json(tap.await("scm.supplier.pull-lists",
                            r -> pullListId.equals(r.key()), Duration.ofSeconds(30)));
                    assertThat(pullList.path("lines").findValues("sku").stream().map(JsonNode::asText))
                            .containsOnlyOnce(sku);
                    tap.await("scm.inventory.changed", r -> sku.equals(r.key())
                            && pullListId.equals(KafkaTap.json(r).path("pullListId").asText()), Duration.ofSeconds(60));
                    await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(20)).until(() -> tap
                            .all("scm.supplier.pull-lists").stream().filter(r -> KafkaTap.json(r).path("lines")
                                    .findValues("sku").stream().anyMatch(s -> sku.equals(s.asText()))).count() == 1);
                }
            }
        }
    }

    private static JsonNode shanghai(URI scm, String password, String sku) throws Exception {
        JsonNode atp = JSON.readTree(TestClients.get(scm.resolve("/api/atp/" + sku), "operator", password).body());
        for (JsonNode w : atp.path("warehouses")) {
            if ("WH-SH".equals(w.path("warehouse").asText())) {
                return w;
            }
        }
        throw new AssertionError("no WH-SH for " + sku);
    }

    private static JsonNode demand(URI hub, String password, String demandId) throws Exception {
        var response = TestClients.get(hub.resolve("/api/replenishment/demands/" + demandId), "operator", password);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }
}
