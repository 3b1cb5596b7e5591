package org.eaihub.landscape.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eaihub.landscape.scm.ScmClient.JSON;
import static org.eaihub.landscape.scm.ScmClient.command;
import static org.eaihub.landscape.scm.ScmClient.reservation;
import static org.eaihub.landscape.scm.ScmEventTap.header;
import static org.eaihub.landscape.scm.ScmEventTap.json;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.management.JMX;
import javax.management.ObjectName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.kafka.KafkaSettings;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.scm.ScmJmx;
import org.eaihub.scm.contract.ContractSchemas;
import org.eaihub.scm.faults.ScmFaultsMBean;
import org.eaihub.scm.reservation.ReservationLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SCM stub in the running landscape, driven as the hub drives it: commands on its Kafka topics, events
 * read back from its topics, REST for stock, lookups and fault knobs, JMX to end an outage. Every event the
 * SCM publishes during these tests is checked against its published JSON Schema. Delays are shortened at run
 * time (the landscape is shared) and put back afterwards; each test uses order references and SKUs of its own.
 */
@ExtendWith(LandscapeFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScmLandscapeTest {

    private static final String REQUESTS = "scm.reservation.requests";
    private static final String RELEASES = "scm.reservation.releases";
    private static final String SHIPMENTS = "scm.shipment.requests";
    private static final String PULL_LISTS = "scm.supplier.pull-lists";
    private static final String RESERVATION_EVENTS = "scm.reservation.events";
    private static final String SHIPMENT_EVENTS = "scm.shipment.events";
    private static final String INVENTORY = "scm.inventory.changed";
    private static final List<String> EVENT_TOPICS = List.of(RESERVATION_EVENTS, SHIPMENT_EVENTS, INVENTORY);

    private final LandscapeFixture landscape;
    private KafkaSettings kafka;
    private ScmClient scm;
    private ScmEventTap tap;
    private ScmFaultsMBean faults;
    private int checked;

    ScmLandscapeTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    @BeforeAll
    void connect() throws Exception {
        kafka = landscape.kafka("admin", LandscapeFixture.passwordOf("admin"));
        scm = new ScmClient(landscape.url("scm"), "operator", LandscapeFixture.passwordOf("operator"), kafka);
        List<String> topics = new ArrayList<>(EVENT_TOPICS);
        List.of(REQUESTS, RELEASES, SHIPMENTS, PULL_LISTS).forEach(t -> topics.add(t + ".DLT"));
        tap = new ScmEventTap(kafka, topics);
        faults = JMX.newMBeanProxy(ManagementFactory.getPlatformMBeanServer(), new ObjectName(ScmJmx.FAULTS),
                ScmFaultsMBean.class);
        assertThat(scm.put("/api/settings", """
                {"dispatchDelayMs":300,"deliveryDelayMs":300,"supplierLeadTimeMs":300,
                 "maxAttempts":3,"retryBackoffMs":50}""").statusCode()).isEqualTo(200);
    }

    @AfterEach
    void resetKnobsAndCheckEvents() throws Exception {
        faults.reset();
        await().atMost(Duration.ofSeconds(10)).until(() -> !scm.portRefusesConnections());
        assertThat(scm.delete("/api/faults").statusCode()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> seen = tap.all();
        for (ConsumerRecord<String, byte[]> record : seen.subList(checked, seen.size())) {
            if (EVENT_TOPICS.contains(record.topic()) && header(record, "scm.fault") == null) {
                JsonNode event = json(record);
                assertThat(ContractSchemas.instance().violations(event.path("type").asText(), event))
                        .as(event.toString()).isEmpty();
            }
        }
        checked = seen.size();
    }

    @AfterAll
    void disconnect() throws Exception {
        scm.delete("/api/settings");
        tap.close();
        scm.close();
    }

    private static String ref(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode atp(String sku) throws Exception {
        return scm.json("/api/atp/" + sku);
    }

    private static JsonNode warehouse(JsonNode atp, String code) {
        for (JsonNode w : atp.path("warehouses")) {
            if (w.path("warehouse").asText().equals(code)) {
                return w;
            }
        }
        throw new AssertionError("No " + code + " in " + atp);
    }

    private JsonNode inventoryChange(String sku, String field, String value) {
        return json(tap.await(INVENTORY, sku, e -> "InventoryChanged".equals(e.path("type").asText())
                && value.equals(e.path(field).asText())));
    }

    @Test
    void aReservationIsConfirmedAndItsStockChangeIsPublished() throws Exception {
        String sku = "SKU-00101";
        JsonNode before = atp(sku);
        String orderRef = ref("SO");

        scm.send(REQUESTS, orderRef, JSON.writeValueAsBytes(reservation("R-" + orderRef, orderRef, sku, 2)),
                "corr-" + orderRef);

        ConsumerRecord<String, byte[]> record = tap.await(RESERVATION_EVENTS, orderRef,
                e -> "ReservationConfirmed".equals(e.path("type").asText()));
        JsonNode confirmed = json(record);
        assertThat(confirmed.path("requestId").asText()).isEqualTo("R-" + orderRef);
        assertThat(confirmed.at("/lines/0/allocated").asInt()).isEqualTo(2);
        assertThat(header(record, "eventType")).isEqualTo("ReservationConfirmed");
        assertThat(header(record, Correlation.CORRELATION_ID)).isEqualTo("corr-" + orderRef);
        String warehouse = confirmed.at("/lines/0/allocations/0/warehouse").asText();

        JsonNode changed = inventoryChange(sku, "orderRef", orderRef);
        assertThat(changed.path("warehouse").asText()).isEqualTo(warehouse);
        assertThat(changed.path("reservedDelta").asInt()).isEqualTo(2);
        assertThat(changed.path("cause").asText()).isEqualTo("RESERVATION");

        JsonNode after = atp(sku);
        assertThat(after.at("/total/reserved").asInt()).isEqualTo(before.at("/total/reserved").asInt() + 2);
        JsonNode held = scm.json("/api/reservations?orderRef=" + orderRef);
        assertThat(held).hasSize(1);
        assertThat(held.get(0).path("status").asText()).isEqualTo("HELD");
    }

    @Test
    void aShortReservationIsPartialTheNextIsRejectedAndAReleaseGivesTheStockBack() throws Exception {
        String sku = "SKU-00102";
        int available = atp(sku).at("/total/available").asInt();
        String partial = ref("SO");
        String rejected = ref("SO");

        scm.send(REQUESTS, partial, reservation("R-" + partial, partial, sku, available + 1000));
        JsonNode partly = tap.awaitEvent(RESERVATION_EVENTS, partial, "ReservationPartiallyConfirmed");
        assertThat(partly.at("/lines/0/requested").asInt()).isEqualTo(available + 1000);
        assertThat(partly.at("/lines/0/unallocated").asInt())
                .isEqualTo(available + 1000 - partly.at("/lines/0/allocated").asInt()).isPositive();
        assertThat(partly.at("/lines/0/reason").asText()).isEqualTo("INSUFFICIENT_STOCK");

        scm.send(REQUESTS, rejected, reservation("R-" + rejected, rejected, sku, 1));
        JsonNode refused = tap.awaitEvent(RESERVATION_EVENTS, rejected, "ReservationRejected");
        assertThat(refused.path("reason").asText()).isEqualTo("INSUFFICIENT_STOCK");

        scm.send(RELEASES, partial, command("ReservationRelease", "REL-" + partial).put("orderRef", partial));
        JsonNode released = tap.awaitEvent(RESERVATION_EVENTS, partial, "ReservationReleased");
        assertThat(released.at("/lines/0/released").asInt()).isEqualTo(partly.at("/lines/0/allocated").asInt());
        inventoryChange(sku, "cause", "RELEASE");
        assertThat(scm.json("/api/reservations?orderRef=" + partial).get(0).path("status").asText())
                .isEqualTo("RELEASED");
    }

    @Test
    void anUnknownSkuIsRejectedAndAHeldReservationExpires() throws Exception {
        String unknown = ref("SO");
        scm.send(REQUESTS, unknown, reservation("R-" + unknown, unknown, "SKU-99999", 1));
        assertThat(tap.awaitEvent(RESERVATION_EVENTS, unknown, "ReservationRejected").path("reason").asText())
                .isEqualTo("UNKNOWN_SKU");

        String expiring = ref("SO");
        scm.send(REQUESTS, expiring, reservation("R-" + expiring, expiring, "SKU-00103", 1).put("holdSeconds", 1));
        JsonNode expired = tap.awaitEvent(RESERVATION_EVENTS, expiring, "ReservationExpired");
        assertThat(expired.path("requestId").asText()).isEqualTo("R-" + expiring);
        inventoryChange("SKU-00103", "cause", "EXPIRY");
        assertThat(scm.json("/api/reservations?orderRef=" + expiring).get(0).path("status").asText())
                .isEqualTo("EXPIRED");
    }

    @Test
    void aShipmentIsDispatchedThenDelivered() throws Exception {
        String sku = "SKU-00104";
        int onHand = atp(sku).at("/total/onHand").asInt();
        String orderRef = ref("SO");
        scm.send(REQUESTS, orderRef, reservation("R-" + orderRef, orderRef, sku, 3));
        tap.awaitEvent(RESERVATION_EVENTS, orderRef, "ReservationConfirmed");

        scm.send(SHIPMENTS, orderRef, command("ShipmentRequest", "S-" + orderRef).put("orderRef", orderRef)
                .put("shipToParty", "SP-000042"));

        JsonNode accepted = tap.awaitEvent(SHIPMENT_EVENTS, orderRef, "ShipmentAccepted");
        String trackingNumber = accepted.at("/shipments/0/trackingNumber").asText();
        JsonNode dispatched = tap.awaitEvent(SHIPMENT_EVENTS, orderRef, "ShipmentDispatched");
        assertThat(dispatched.path("trackingNumber").asText()).isEqualTo(trackingNumber);
        assertThat(dispatched.path("carrier").asText()).isEqualTo("ZTO-EXPRESS");
        JsonNode delivered = tap.awaitEvent(SHIPMENT_EVENTS, orderRef, "ShipmentDelivered");
        assertThat(delivered.path("shipmentId").asText()).isEqualTo(dispatched.path("shipmentId").asText());
        assertThat(inventoryChange(sku, "cause", "DISPATCH").path("onHandDelta").asInt()).isEqualTo(-3);

        JsonNode shipments = scm.json("/api/shipments?orderRef=" + orderRef);
        assertThat(shipments).hasSize(1);
        assertThat(shipments.get(0).path("status").asText()).isEqualTo("DELIVERED");
        assertThat(atp(sku).at("/total/onHand").asInt()).isEqualTo(onHand - 3);
    }

    @Test
    void replenishmentDemandIsRaisedAndThePullListComesBackAsAGoodsReceipt() throws Exception {
        String sku = null;
        JsonNode shanghai = null;
        for (int i = 120; i < 160 && sku == null; i++) {
            String candidate = String.format("SKU-%05d", i);
            JsonNode w = warehouse(atp(candidate), "WH-SH");
            if (w.path("available").asInt() > w.path("reorderPoint").asInt() + 1
                    && w.path("openReplenishmentDemand").isNull()) {
                sku = candidate;
                shanghai = w;
            }
        }
        assertThat(sku).as("a SKU well stocked in WH-SH").isNotNull();
        String orderRef = ref("SO");
        int take = shanghai.path("available").asInt() - shanghai.path("reorderPoint").asInt() + 1;

        scm.send(REQUESTS, orderRef, reservation("R-" + orderRef, orderRef, sku, take));

        JsonNode demand = json(tap.await(INVENTORY, sku, e -> "ReplenishmentDemand".equals(e.path("type").asText())
                && "R-".concat(orderRef).equals(e.path("requestId").asText())));
        assertThat(demand.path("warehouse").asText()).isEqualTo("WH-SH");
        assertThat(demand.path("quantity").asInt()).isEqualTo(demand.path("reorderQuantity").asInt() + 1);
        assertThat(inventoryChange(sku, "orderRef", orderRef).path("belowReorderPoint").asBoolean()).isTrue();
        assertThat(warehouse(atp(sku), "WH-SH").path("openReplenishmentDemand").asText())
                .isEqualTo(demand.path("demandId").asText());
        int onHand = warehouse(atp(sku), "WH-SH").path("onHand").asInt();

        String pullListId = ref("PL");
        ObjectNode pullList = command("PullList", "R-" + pullListId).put("pullListId", pullListId)
                .put("supplier", "SUP-001");
        pullList.putArray("lines").addObject().put("sku", sku).put("warehouse", "WH-SH")
                .put("quantity", demand.path("quantity").asInt());
        scm.send(PULL_LISTS, pullListId, pullList);

        JsonNode receipt = inventoryChange(sku, "pullListId", pullListId);
        assertThat(receipt.path("cause").asText()).isEqualTo("GOODS_RECEIPT");
        assertThat(receipt.path("onHandDelta").asInt()).isEqualTo(demand.path("quantity").asInt());
        assertThat(receipt.path("requestId").asText()).isEqualTo("R-" + pullListId);
        JsonNode after = warehouse(atp(sku), "WH-SH");
        assertThat(after.path("onHand").asInt()).isGreaterThanOrEqualTo(onHand + demand.path("quantity").asInt());
        assertThat(after.path("openReplenishmentDemand").isNull()).as("the receipt closed the demand").isTrue();
    }

    @Test
    void aRepeatedRequestIdReservesNothingMoreAndPublishesTheStoredOutcomeAgain() throws Exception {
        String sku = "SKU-00105";
        String orderRef = ref("SO");
        ObjectNode request = reservation("R-" + orderRef, orderRef, sku, 1);
        scm.send(REQUESTS, orderRef, request);
        JsonNode first = tap.awaitEvent(RESERVATION_EVENTS, orderRef, "ReservationConfirmed");
        int reserved = atp(sku).at("/total/reserved").asInt();

        scm.send(REQUESTS, orderRef, request);

        await().atMost(Duration.ofSeconds(30)).until(() -> tap.all(RESERVATION_EVENTS, orderRef).size() == 2);
        JsonNode again = json(tap.all(RESERVATION_EVENTS, orderRef).get(1));
        assertThat(again.path("eventId").asText()).isEqualTo(first.path("eventId").asText());
        assertThat(again).isEqualTo(first);
        assertThat(scm.json("/api/reservations?orderRef=" + orderRef)).hasSize(1);
        assertThat(atp(sku).at("/total/reserved").asInt()).isEqualTo(reserved);
    }

    @Test
    void aMalformedOrInvalidRequestLandsOnTheDeadLetterTopicWithItsReason() throws Exception {
        String garbageKey = ref("SO");
        byte[] garbage = "{\"type\":\"ReservationRequest\", oops".getBytes(StandardCharsets.UTF_8);
        RecordMetadata sent = scm.send(REQUESTS, garbageKey, garbage, "corr-" + garbageKey);
        String invalidKey = ref("SO");
        scm.send(REQUESTS, invalidKey, reservation("R-" + invalidKey, invalidKey, "SKU-00106", 0));

        ConsumerRecord<String, byte[]> letter = await().atMost(Duration.ofSeconds(30))
                .until(() -> tap.all(REQUESTS + ".DLT", garbageKey), l -> !l.isEmpty()).get(0);
        assertThat(letter.value()).isEqualTo(garbage);
        assertThat(header(letter, "dlt.reason")).isEqualTo("unparsable-json");
        assertThat(header(letter, "dlt.exception")).isNotBlank();
        assertThat(header(letter, "dlt.topic")).isEqualTo(REQUESTS);
        assertThat(header(letter, "dlt.partition")).isEqualTo(Integer.toString(sent.partition()));
        assertThat(header(letter, "dlt.offset")).isEqualTo(Long.toString(sent.offset()));
        assertThat(header(letter, Correlation.CORRELATION_ID)).isEqualTo("corr-" + garbageKey);

        ConsumerRecord<String, byte[]> invalid = await().atMost(Duration.ofSeconds(30))
                .until(() -> tap.all(REQUESTS + ".DLT", invalidKey), l -> !l.isEmpty()).get(0);
        assertThat(header(invalid, "dlt.reason")).isEqualTo("schema-violation");
        assertThat(header(invalid, "dlt.exception")).contains("quantity");
        assertThat(scm.json("/api/reservations?orderRef=" + invalidKey)).isEmpty();
    }

    @Test
    void theLatencyKnobDelaysCommandsWithoutLosingThem() throws Exception {
        long delayed = scm.json("/api/faults").path("delayedMessages").asLong();
        assertThat(scm.put("/api/faults", "{\"latencyMs\":300}").statusCode()).isEqualTo(200);
        String orderRef = ref("SO");

        scm.send(RELEASES, orderRef, command("ReservationRelease", "REL-" + orderRef).put("orderRef", orderRef));

        assertThat(tap.awaitEvent(RESERVATION_EVENTS, orderRef, "ReservationReleaseRejected").path("reason").asText())
                .isEqualTo("NO_ACTIVE_RESERVATION");
        JsonNode knobs = scm.json("/api/faults");
        assertThat(knobs.path("latencyMs").asLong()).isEqualTo(300);
        assertThat(knobs.path("delayedMessages").asLong()).isGreaterThan(delayed);
    }

    @Test
    void theErrorRateKnobMakesEveryAttemptFailAndTheCommandEndsOnTheDeadLetterTopic() throws Exception {
        assertThat(scm.put("/api/faults", "{\"errorRate\":1.0}").statusCode()).isEqualTo(200);
        String orderRef = ref("SO");

        scm.send(REQUESTS, orderRef, reservation("R-" + orderRef, orderRef, "SKU-00107", 1));

        ConsumerRecord<String, byte[]> letter = await().atMost(Duration.ofSeconds(30))
                .until(() -> tap.all(REQUESTS + ".DLT", orderRef), l -> !l.isEmpty()).get(0);
        assertThat(header(letter, "dlt.reason")).isEqualTo("processing-failed");
        assertThat(header(letter, "dlt.exception")).contains("InjectedFaultException");
        assertThat(header(letter, "dlt.attempts")).isEqualTo("3");
        assertThat(tap.all(RESERVATION_EVENTS, orderRef)).isEmpty();
        assertThat(scm.json("/api/reservations?orderRef=" + orderRef)).as("every attempt rolled back").isEmpty();
        assertThat(scm.json("/api/faults").path("injectedFailures").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theMalformedEventKnobPrecedesEveryEventWithABrokenCopy() throws Exception {
        assertThat(scm.put("/api/faults", "{\"malformedEvents\":true}").statusCode()).isEqualTo(200);
        String orderRef = ref("SO");

        scm.send(RELEASES, orderRef, command("ReservationRelease", "REL-" + orderRef).put("orderRef", orderRef));

        tap.awaitEvent(RESERVATION_EVENTS, orderRef, "ReservationReleaseRejected");
        List<ConsumerRecord<String, byte[]>> records = tap.all(RESERVATION_EVENTS, orderRef);
        assertThat(records).hasSize(2);
        assertThat(header(records.get(0), "scm.fault")).isEqualTo("malformed-event");
        assertThat(ScmEventTap.parse(records.get(0).value())).as("not JSON").isNull();
        assertThat(header(records.get(1), "scm.fault")).isNull();
    }

    @Test
    void anOutageRefusesConnectionsAndConsumesNothingUntilItEnds() throws Exception {
        String group = "scm-stub." + REQUESTS;
        var lookup = landscape.landscape().system("scm").orElseThrow().getBean(ReservationLookup.class);
        assertThat(scm.post("/api/faults/outage", "{\"durationMs\":60000}").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).until(scm::portRefusesConnections);
        try (Admin admin = Admin.create(kafka.admin())) {
            await().atMost(Duration.ofSeconds(15)).until(() -> members(admin, group) == 0);
            String orderRef = ref("SO");
            RecordMetadata sent = scm.send(REQUESTS, orderRef, reservation("R-" + orderRef, orderRef, "SKU-00108", 1));

            assertThat(faults.isOutageActive()).isTrue();
            assertThat(members(admin, group)).as("consumer group left").isZero();
            OffsetAndMetadata committed = committed(admin, group, new TopicPartition(REQUESTS, sent.partition()));
            assertThat(committed == null || committed.offset() <= sent.offset()).as("not consumed").isTrue();
            assertThat(lookup.byOrder(orderRef)).as("nothing reserved during the outage").isEmpty();
            assertThat(tap.all(RESERVATION_EVENTS, orderRef)).isEmpty();

            faults.endOutage();

            tap.awaitEvent(RESERVATION_EVENTS, orderRef, "ReservationConfirmed");
            assertThat(scm.get("/api/faults").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(15)).until(() -> members(admin, group) == 1);
        }
    }

    @Test
    void anOutageWithADurationEndsByItself() throws Exception {
        assertThat(scm.post("/api/faults/outage", "{\"durationMs\":2000}").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(5)).until(scm::portRefusesConnections);
        await().atMost(Duration.ofSeconds(15)).until(() -> !scm.portRefusesConnections());

        assertThat(scm.json("/api/faults").path("outage").asBoolean()).isFalse();
        assertThat(scm.post("/api/faults/outage", "{}").statusCode()).as("REST outages must end by themselves")
                .isEqualTo(400);
    }

    @Test
    void theContractIsPublicTheApiNeedsTheRightRole() throws Exception {
        ScmClient anonymous = new ScmClient(landscape.url("scm"), null, null, kafka);
        ScmClient integration = new ScmClient(landscape.url("scm"), "integration",
                LandscapeFixture.passwordOf("integration"), kafka);
        try (anonymous; integration) {
            var catalog = anonymous.get("/schemas/scm/catalog.json");
            assertThat(catalog.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(catalog.body()).at("/topics/scm.inventory.changed/key").asText())
                    .isEqualTo("sku");
            assertThat(anonymous.get("/schemas/scm/ReservationRequest.schema.json").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/api/atp/SKU-00001").statusCode()).isEqualTo(401);
            assertThat(integration.get("/api/atp/SKU-00001").statusCode()).isEqualTo(403);
            assertThat(integration.get("/api/faults").statusCode()).isEqualTo(403);
        }
        JsonNode many = scm.json("/api/atp?sku=SKU-00001&sku=SKU-00002&sku=NO-SUCH");
        assertThat(many.path("items")).hasSize(2);
        assertThat(many.path("unknown").get(0).asText()).isEqualTo("NO-SUCH");
        assertThat(scm.get("/api/atp/NO-SUCH").statusCode()).isEqualTo(404);
        assertThat(scm.json("/api/warehouses")).extracting(w -> w.path("code").asText())
                .containsExactly("WH-SH", "WH-BJ", "WH-GZ");
    }

    private static int members(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(10, TimeUnit.SECONDS)
                .members().size();
    }

    private static OffsetAndMetadata committed(Admin admin, String group, TopicPartition partition) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return offsets.get(partition);
    }
}
