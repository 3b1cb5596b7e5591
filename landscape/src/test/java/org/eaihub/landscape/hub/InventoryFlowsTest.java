package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hub's inventory flows end to end, with the real SCM, hub and CRM: a stock change in the SCM shows in the
 * CRM's available to promise; a broken event lands on the topic's dead-letter topic with its reason while the
 * real one still arrives; demands below the reorder point end in ONE consolidated pull list, whose goods receipt
 * raises the stock again.
 */
@ExtendWith(LandscapeFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryFlowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVENTORY = "scm.inventory.changed";
    private static final String PULL_LISTS = "scm.supplier.pull-lists";
    private static final Duration FLOW = Duration.ofSeconds(60);

    private final LandscapeFixture landscape;
    private KafkaProducer<String, byte[]> producer;
    private KafkaTap tap;

    InventoryFlowsTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    @BeforeAll
    void connect() throws Exception {
        var kafka = landscape.kafka("admin", landscape.password("admin"));
        producer = new KafkaProducer<>(kafka.producer(), new StringSerializer(), new ByteArraySerializer());
        tap = new KafkaTap(kafka, List.of(INVENTORY, INVENTORY + ".DLT", PULL_LISTS));
        assertThat(call("scm", "PUT", "/api/settings", "{\"supplierLeadTimeMs\":300}", "operator").statusCode())
                .isEqualTo(200);
    }

    @AfterEach
    void resetScmKnobs() throws Exception {
        call("scm", "DELETE", "/api/faults", null, "operator");
    }

    @AfterAll
    void disconnect() throws Exception {
        call("scm", "DELETE", "/api/settings", null, "operator");
        tap.close();
        producer.close(Duration.ofSeconds(5));
    }

    private HttpResponse<String> call(String system, String method, String path, String json, String user)
            throws Exception {
        URI uri = landscape.url(system).resolve(path);
        return TestClients.send(HttpRequest.newBuilder(uri)
                .header("Authorization", TestClients.basic(user, landscape.password(user) != null
                        ? landscape.password(user) : "")).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode json(String system, String path, String user) throws Exception {
        HttpResponse<String> response = call(system, "GET", path, null, user);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode scmAtp(String sku) throws Exception {
        return json("scm", "/api/atp/" + sku, "operator");
    }

    private JsonNode crmAtp(String sku) throws Exception {
        HttpResponse<String> response = call("crm", "GET", "/api/atp/" + sku, null, "crm-user");
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static JsonNode warehouse(JsonNode atp, String code) {
        for (JsonNode w : atp.path("warehouses")) {
            if (w.path("warehouse").asText().equals(code)) {
                return w;
            }
        }
        return null;
    }

    private void reserve(String orderRef, String sku, int quantity) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("type", "ReservationRequest").put("schemaVersion", 1)
                .put("requestId", "R-" + orderRef).put("orderRef", orderRef);
        request.putArray("lines").addObject().put("lineNo", 1).put("sku", sku).put("quantity", quantity);
        producer.send(new ProducerRecord<>("scm.reservation.requests", orderRef, JSON.writeValueAsBytes(request)))
                .get(30, TimeUnit.SECONDS);
    }

    /** A SKU of the range whose Shanghai stock is well above its reorder point and has no open demand. */
    private String wellStocked(int from, int to, String... except) throws Exception {
        for (int i = from; i < to; i++) {
            String sku = String.format("SKU-%05d", i);
            if (List.of(except).contains(sku)) {
                continue;
            }
            JsonNode w = warehouse(scmAtp(sku), "WH-SH");
            if (w.path("available").asInt() > w.path("reorderPoint").asInt() + 5
                    && w.path("openReplenishmentDemand").isNull()) {
                return sku;
            }
        }
        throw new AssertionError("no well stocked SKU in " + from + ".." + to);
    }

    /** Waits until the CRM's figures for the SKU in Shanghai and in total are the SCM's. */
    private void awaitCrmMirrorsScm(String sku) {
        await().atMost(FLOW).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            JsonNode scm = scmAtp(sku);
            JsonNode crm = crmAtp(sku);
            return crm != null && warehouse(crm, "WH-SH") != null
                    && warehouse(crm, "WH-SH").path("available").asLong()
                            == warehouse(scm, "WH-SH").path("available").asLong()
                    && crm.path("totalAvailable").asLong() == scm.at("/total/available").asLong();
        });
    }

    @Test
    void aReservationInTheScmShowsInTheCrmsAvailableToPromise() throws Exception {
        String sku = wellStocked(160, 180);
        long before = warehouse(scmAtp(sku), "WH-SH").path("available").asLong();
        String orderRef = "SO-ATP-" + UUID.randomUUID().toString().substring(0, 8);

        reserve(orderRef, sku, 2);

        await().atMost(FLOW).until(() -> warehouse(scmAtp(sku), "WH-SH").path("available").asLong() == before - 2);
        awaitCrmMirrorsScm(sku);
        assertThat(warehouse(crmAtp(sku), "WH-SH").path("available").asLong()).isEqualTo(before - 2);
    }

    @Test
    void aBrokenEventIsDeadLetteredWithItsReasonAndTheRealOneStillReachesTheCrm() throws Exception {
        String sku = wellStocked(160, 180);
        assertThat(call("scm", "PUT", "/api/faults", "{\"malformedEvents\":true}", "operator").statusCode())
                .isEqualTo(200);
        String orderRef = "SO-DLT-" + UUID.randomUUID().toString().substring(0, 8);
        long before = warehouse(scmAtp(sku), "WH-SH").path("available").asLong();

        reserve(orderRef, sku, 1);

        ConsumerRecord<String, byte[]> dead = tap.await(INVENTORY + ".DLT", r -> sku.equals(r.key())
                && "hub-inventory".equals(KafkaTap.header(r, "dlt.consumer-group")), FLOW);
        assertThat(KafkaTap.header(dead, "dlt.reason")).isEqualTo("unparsable-json");
        assertThat(KafkaTap.header(dead, "dlt.topic")).isEqualTo(INVENTORY);
        assertThat(KafkaTap.header(dead, "dlt.offset")).isNotBlank();
        assertThat(KafkaTap.header(dead, "scm.fault")).as("the original headers").isEqualTo("malformed-event");
        ConsumerRecord<String, byte[]> original = tap.await(INVENTORY, r -> sku.equals(r.key())
                && "malformed-event".equals(KafkaTap.header(r, "scm.fault")), FLOW);
        assertThat(dead.value()).as("the original bytes").isEqualTo(original.value());
        call("scm", "DELETE", "/api/faults", null, "operator");

        await().atMost(FLOW).until(() -> warehouse(scmAtp(sku), "WH-SH").path("available").asLong() == before - 1);
        awaitCrmMirrorsScm(sku);
    }

    @Test
    void aCrmOutageIsWaitedOutNotDeadLettered() throws Exception {
        String sku = wellStocked(160, 180);
        long before = warehouse(scmAtp(sku), "WH-SH").path("available").asLong();
        int deadBefore = tap.all(INVENTORY + ".DLT").size();
        landscape.connector("crm", false);
        try {
            reserve("SO-OUT-" + UUID.randomUUID().toString().substring(0, 8), sku, 1);
            await().atMost(FLOW).until(() -> warehouse(scmAtp(sku), "WH-SH").path("available").asLong() == before - 1);
            // The outage lasts 20 s, and throughout it nothing may be dead-lettered.
            await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(25))
                    .until(() -> tap.all(INVENTORY + ".DLT").size() == deadBefore);
        } finally {
            landscape.connector("crm", true);
        }

        awaitCrmMirrorsScm(sku);
        assertThat(warehouse(crmAtp(sku), "WH-SH").path("available").asLong()).isEqualTo(before - 1);
        assertThat(tap.all(INVENTORY + ".DLT")).as("nothing dead-lettered").hasSize(deadBefore);
    }

    @Test
    void demandsBelowTheReorderPointEndInOnePullListAndItsGoodsReceiptRaisesTheStock() throws Exception {
        String first = wellStocked(180, 200);
        String second = wellStocked(180, 200, first);
        String[] skus = {first, second};
        String[] demandIds = new String[2];
        long[] quantities = new long[2];
        for (int i = 0; i < 2; i++) {
            String sku = skus[i];
            JsonNode w = warehouse(scmAtp(sku), "WH-SH");
            String orderRef = "SO-RPL-" + UUID.randomUUID().toString().substring(0, 8);
            reserve(orderRef, sku, w.path("available").asInt() - w.path("reorderPoint").asInt() + 1);
            JsonNode demand = KafkaTap.json(tap.await(INVENTORY, r -> sku.equals(r.key())
                    && "ReplenishmentDemand".equals(KafkaTap.header(r, "eventType"))
                    && ("R-" + orderRef).equals(KafkaTap.json(r).path("requestId").asText()), FLOW));
            demandIds[i] = demand.path("demandId").asText();
            quantities[i] = demand.path("quantity").asLong();
        }
        for (String demandId : demandIds) {
            await().atMost(FLOW).until(() -> call("hub", "GET", "/api/replenishment/demands/" + demandId, null,
                    "operator").statusCode() == 200);
        }

        HttpResponse<String> run = call("hub", "POST", "/api/replenishment/pull-lists", null, "operator");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);

        String pullListId = json("hub", "/api/replenishment/demands/" + demandIds[0], "operator")
                .path("pullListId").asText();
        assertThat(pullListId).isNotBlank();
        assertThat(json("hub", "/api/replenishment/demands/" + demandIds[1], "operator").path("pullListId").asText())
                .as("one consolidated pull list").isEqualTo(pullListId);
        ConsumerRecord<String, byte[]> sent = tap.await(PULL_LISTS, r -> pullListId.equals(r.key()), FLOW);
        JsonNode pullList = KafkaTap.json(sent);
        assertThat(pullList.path("requestId").asText()).isEqualTo("REQ-" + pullListId);
        assertThat(pullList.path("supplier").asText()).isEqualTo("SUP-001");
        for (int i = 0; i < 2; i++) {
            String sku = skus[i];
            long quantity = quantities[i];
            JsonNode line = null;
            for (JsonNode l : pullList.path("lines")) {
                if (l.path("sku").asText().equals(sku) && l.path("warehouse").asText().equals("WH-SH")) {
                    line = l;
                }
            }
            assertThat(line).as(sku + " in " + pullList).isNotNull();
            assertThat(line.path("quantity").asLong()).isEqualTo(quantity);
            JsonNode receipt = KafkaTap.json(tap.await(INVENTORY, r -> sku.equals(r.key())
                    && pullListId.equals(KafkaTap.json(r).path("pullListId").asText()), FLOW));
            assertThat(receipt.path("cause").asText()).isEqualTo("GOODS_RECEIPT");
            assertThat(receipt.path("onHandDelta").asLong()).isEqualTo(quantity);
            awaitCrmMirrorsScm(sku);
            JsonNode crm = warehouse(crmAtp(sku), "WH-SH");
            assertThat(crm.path("available").asLong()).isGreaterThanOrEqualTo(
                    warehouse(scmAtp(sku), "WH-SH").path("reorderPoint").asLong());
        }
        assertThat(tap.all(PULL_LISTS).stream().filter(r -> pullListId.equals(r.key())).count()).isEqualTo(1);
        assertThat(new String(sent.value(), StandardCharsets.UTF_8)).doesNotContain("null");
    }
}
