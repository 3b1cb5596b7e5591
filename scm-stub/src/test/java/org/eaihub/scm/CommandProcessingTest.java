package org.eaihub.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eaihub.scm.Commands.Line;
import static org.eaihub.scm.Commands.pullList;
import static org.eaihub.scm.Commands.record;
import static org.eaihub.scm.Commands.release;
import static org.eaihub.scm.Commands.reservation;
import static org.eaihub.scm.Commands.shipment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eaihub.scm.contract.ContractJson;
import org.eaihub.scm.contract.ScmTopics;
import org.eaihub.scm.faults.FaultKnobs;
import org.eaihub.scm.faults.InjectedFaultException;
import org.eaihub.scm.messaging.CommandProcessor;
import org.eaihub.scm.messaging.CommandProcessor.Outcome;
import org.eaihub.scm.outbox.OutgoingEvent;
import org.eaihub.scm.reservation.ReservationExpiryJob;
import org.eaihub.scm.reservation.ReservationLookup;
import org.eaihub.scm.settings.RuntimeSettings;
import org.eaihub.scm.shipment.Carriers;
import org.eaihub.scm.shipment.ShipmentLookup;
import org.eaihub.scm.shipment.ShipmentProgressJob;
import org.eaihub.scm.stock.AvailableToPromise;
import org.eaihub.scm.stock.AvailableToPromise.Atp;
import org.eaihub.scm.stock.AvailableToPromise.WarehouseAtp;
import org.eaihub.scm.supplier.GoodsReceiptJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SCM's behaviour behind its Kafka topics, command by command: allocation outcomes, release, expiry,
 * shipments, replenishment and the supplier hub, idempotency by request id, retries and dead letters. Each
 * test uses SKUs of its own and reads the stock before it acts, so tests do not depend on each other.
 */
@ScmContextTest
class CommandProcessingTest {

    @Autowired
    private CommandProcessor processor;
    @Autowired
    private RecordingSinks.Events events;
    @Autowired
    private RecordingSinks.DeadLetters deadLetters;
    @Autowired
    private MutableClock clock;
    @Autowired
    private AvailableToPromise atp;
    @Autowired
    private ReservationLookup reservations;
    @Autowired
    private ShipmentLookup shipments;
    @Autowired
    private FaultKnobs faults;
    @Autowired
    private RuntimeSettings settings;
    @Autowired
    private ReservationExpiryJob expiryJob;
    @Autowired
    private ShipmentProgressJob shipmentJob;
    @Autowired
    private GoodsReceiptJob receiptJob;

    @BeforeEach
    void reset() {
        events.clear();
        deadLetters.clear();
        faults.reset();
        settings.reset();
    }

    private Outcome send(ObjectNode command) {
        return processor.process(record(command), () -> false);
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Atp stock(String sku) {
        return atp.of(sku).orElseThrow();
    }

    private static WarehouseAtp in(Atp atp, String warehouse) {
        return atp.warehouses().stream().filter(w -> w.warehouse().equals(warehouse)).findFirst().orElseThrow();
    }

    private JsonNode only(String type) {
        List<JsonNode> bodies = events.bodies(type);
        assertThat(bodies).as(type).hasSize(1);
        return bodies.get(0);
    }

    @Test
    void availableStockIsReservedFromTheFirstWarehouseThatHasItAll() {
        String sku = "SKU-00010";
        Atp before = stock(sku);
        WarehouseAtp expected = before.warehouses().stream().filter(w -> w.available() >= 3).findFirst().orElseThrow();
        String orderRef = id("SO");

        assertThat(send(reservation("R-" + orderRef, orderRef, new Line(1, sku, 3)))).isEqualTo(Outcome.PROCESSED);

        JsonNode confirmed = only("ReservationConfirmed");
        assertThat(confirmed.path("orderRef").asText()).isEqualTo(orderRef);
        assertThat(confirmed.path("status").asText()).isEqualTo("HELD");
        assertThat(confirmed.path("expiresAt").asText())
                .isEqualTo(ContractJson.format(clock.instant().plus(Duration.ofMinutes(30))));
        assertThat(confirmed.at("/lines/0/allocated").asInt()).isEqualTo(3);
        assertThat(confirmed.at("/lines/0/unallocated").asInt()).isZero();
        assertThat(confirmed.at("/lines/0/allocations/0/warehouse").asText()).isEqualTo(expected.warehouse());
        assertThat(events.ofType("ReservationConfirmed").get(0).key()).isEqualTo(orderRef);

        JsonNode changed = only("InventoryChanged");
        assertThat(changed.path("sku").asText()).isEqualTo(sku);
        assertThat(changed.path("warehouse").asText()).isEqualTo(expected.warehouse());
        assertThat(changed.path("cause").asText()).isEqualTo("RESERVATION");
        assertThat(changed.path("reservedDelta").asInt()).isEqualTo(3);
        assertThat(changed.path("onHandDelta").asInt()).isZero();
        assertThat(changed.path("available").asInt()).isEqualTo(expected.available() - 3);
        assertThat(changed.path("totalAvailable").asInt()).isEqualTo(before.total().available() - 3);
        assertThat(events.ofType("InventoryChanged").get(0).key()).isEqualTo(sku);

        assertThat(in(stock(sku), expected.warehouse()).reserved()).isEqualTo(expected.reserved() + 3);
        assertThat(reservations.byOrder(orderRef)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("HELD"));
    }

    @Test
    void aShortLineIsPartlyReservedAndThenNothingIsLeftToReserve() {
        String sku = "SKU-00020";
        int total = stock(sku).total().available();
        String orderRef = id("SO");

        send(reservation("R-" + orderRef, orderRef, new Line(1, sku, total + 7)));

        JsonNode partial = only("ReservationPartiallyConfirmed");
        assertThat(partial.at("/lines/0/requested").asInt()).isEqualTo(total + 7);
        assertThat(partial.at("/lines/0/allocated").asInt()).isEqualTo(total);
        assertThat(partial.at("/lines/0/unallocated").asInt()).isEqualTo(7);
        assertThat(partial.at("/lines/0/reason").asText()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(partial.at("/lines/0/allocations").size()).isGreaterThan(1);
        assertThat(stock(sku).total().available()).isZero();

        String next = id("SO");
        send(reservation("R-" + next, next, new Line(1, sku, 1)));

        JsonNode rejected = only("ReservationRejected");
        assertThat(rejected.path("reason").asText()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(rejected.at("/lines/0/allocated").asInt()).isZero();

        send(release("REL-" + orderRef, orderRef));
        assertThat(stock(sku).total().available()).isEqualTo(total);
    }

    @Test
    void rejectionsSayWhyAndReserveNothing() {
        String sku = "SKU-00030";
        Atp before = stock(sku);

        String unknown = id("SO");
        send(reservation("R-" + unknown, unknown, new Line(1, "SKU-99999", 1)));
        String allOrNothing = id("SO");
        ObjectNode command = reservation("R-" + allOrNothing, allOrNothing, new Line(1, sku, 1),
                new Line(2, sku, before.total().available()));
        command.put("allowPartial", false);
        send(command);

        List<JsonNode> rejected = events.bodies("ReservationRejected");
        assertThat(rejected).extracting(r -> r.path("reason").asText()).containsExactly("UNKNOWN_SKU",
                "INSUFFICIENT_STOCK");
        assertThat(rejected.get(0).at("/lines/0/reason").asText()).isEqualTo("UNKNOWN_SKU");
        assertThat(events.ofType("InventoryChanged")).isEmpty();
        assertThat(stock(sku)).isEqualTo(before);

        String held = id("SO");
        send(reservation("R1-" + held, held, new Line(1, sku, 1)));
        send(reservation("R2-" + held, held, new Line(1, sku, 1)));
        assertThat(events.bodies("ReservationRejected").get(2).path("reason").asText()).isEqualTo("ALREADY_RESERVED");
        assertThat(reservations.byOrder(held)).extracting(ReservationLookup.ReservationView::status)
                .containsExactly("REJECTED", "HELD");
    }

    @Test
    void aReleaseReturnsTheStockOnceAndASecondReleaseFindsNothing() {
        String sku = "SKU-00040";
        int available = stock(sku).total().available();
        String orderRef = id("SO");
        send(reservation("R-" + orderRef, orderRef, new Line(1, sku, 2)));

        send(release("REL1-" + orderRef, orderRef));
        send(release("REL2-" + orderRef, orderRef));

        JsonNode released = only("ReservationReleased");
        assertThat(released.path("reason").asText()).isEqualTo("ORDER_CANCELLED");
        assertThat(released.at("/lines/0/released").asInt()).isEqualTo(2);
        assertThat(only("ReservationReleaseRejected").path("reason").asText()).isEqualTo("NO_ACTIVE_RESERVATION");
        assertThat(events.bodies("InventoryChanged")).extracting(e -> e.path("cause").asText())
                .containsExactly("RESERVATION", "RELEASE");
        assertThat(stock(sku).total().available()).isEqualTo(available);
        assertThat(reservations.byOrder(orderRef).get(0).status()).isEqualTo("RELEASED");
    }

    @Test
    void aHeldReservationExpiresWhenItsTimeIsUp() {
        String sku = "SKU-00045";
        int available = stock(sku).total().available();
        String orderRef = id("SO");
        ObjectNode command = reservation("R-" + orderRef, orderRef, new Line(1, sku, 2));
        command.put("holdSeconds", 60);
        send(command);

        clock.advance(Duration.ofSeconds(59));
        expiryJob.run();
        assertThat(events.ofType("ReservationExpired")).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        expiryJob.run();

        JsonNode expired = only("ReservationExpired");
        assertThat(expired.path("requestId").asText()).as("the request it goes back to").isEqualTo("R-" + orderRef);
        assertThat(expired.at("/lines/0/released").asInt()).isEqualTo(2);
        assertThat(events.bodies("InventoryChanged")).extracting(e -> e.path("cause").asText())
                .containsExactly("RESERVATION", "EXPIRY");
        assertThat(stock(sku).total().available()).isEqualTo(available);
        assertThat(reservations.byOrder(orderRef).get(0).status()).isEqualTo("EXPIRED");
    }

    @Test
    void aShipmentPerWarehouseIsDispatchedThenDeliveredAfterTheConfiguredDelays() {
        settings.update(new RuntimeSettings.Values(10_000L, 60_000L, null, null, null, null));
        String sku = "SKU-00050";
        Atp before = stock(sku);
        int largest = before.warehouses().stream().mapToInt(WarehouseAtp::available).max().orElseThrow();
        String orderRef = id("SO");
        send(reservation("R-" + orderRef, orderRef, new Line(1, sku, largest + 1)));
        int warehouses = events.bodies("ReservationConfirmed").get(0).at("/lines/0/allocations").size();
        assertThat(warehouses).as("the line is split").isGreaterThan(1);
        events.clear();

        send(shipment("S-" + orderRef, orderRef, "SP-000042").put("serviceLevel", "EXPRESS"));

        JsonNode accepted = only("ShipmentAccepted");
        assertThat(accepted.path("shipments")).hasSize(warehouses);
        accepted.path("shipments").forEach(s -> {
            assertThat(s.path("carrier").asText()).isEqualTo("SF-EXPRESS");
            assertThat(Carriers.isValid(s.path("trackingNumber").asText())).isTrue();
            assertThat(s.path("plannedDispatchAt").asText())
                    .isEqualTo(ContractJson.format(clock.instant().plusSeconds(10)));
        });
        assertThat(reservations.byOrder(orderRef).get(0).status()).isEqualTo("SHIPPED");

        shipmentJob.run();
        assertThat(events.ofType("ShipmentDispatched")).isEmpty();

        clock.advance(Duration.ofSeconds(10));
        shipmentJob.run();
        assertThat(events.bodies("ShipmentDispatched")).hasSize(warehouses);
        assertThat(events.bodies("InventoryChanged")).hasSize(warehouses).allSatisfy(e -> {
            assertThat(e.path("cause").asText()).isEqualTo("DISPATCH");
            assertThat(e.path("onHandDelta").asInt()).isEqualTo(e.path("reservedDelta").asInt()).isNegative();
        });
        assertThat(stock(sku).total().onHand()).isEqualTo(before.total().onHand() - largest - 1);
        assertThat(shipments.byOrder(orderRef)).allSatisfy(s -> assertThat(s.status()).isEqualTo("DISPATCHED"));
        assertThat(shipments.byShipToParty("SP-000042", true)).filteredOn(s -> s.orderRef().equals(orderRef))
                .as("dispatched shipments are open for their party").hasSize(warehouses);

        clock.advance(Duration.ofSeconds(60));
        shipmentJob.run();
        assertThat(events.bodies("ShipmentDelivered")).hasSize(warehouses);
        assertThat(shipments.byOrder(orderRef)).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo("DELIVERED");
            assertThat(s.deliveredAt()).isNotNull();
        });
        assertThat(shipments.byShipToParty("SP-000042", true)).noneMatch(s -> s.orderRef().equals(orderRef));
        assertThat(shipments.byShipToParty("SP-000042", false)).filteredOn(s -> s.orderRef().equals(orderRef))
                .hasSize(warehouses);

        send(shipment("S2-" + orderRef, orderRef, "SP-000042"));
        send(shipment("S3-" + orderRef, orderRef, "SP-999999"));
        send(shipment("S4-" + orderRef, orderRef, "SP-000042").put("carrier", "PIGEON-POST"));
        assertThat(events.bodies("ShipmentRejected")).extracting(e -> e.path("reason").asText())
                .containsExactly("NO_ACTIVE_RESERVATION", "UNKNOWN_SHIP_TO_PARTY", "UNKNOWN_CARRIER");
    }

    @Test
    void fallingBelowTheReorderPointRaisesDemandOnceAndTheGoodsReceiptClosesIt() {
        settings.update(new RuntimeSettings.Values(null, null, 300_000L, null, null, null));
        String sku = null;
        WarehouseAtp first = null;
        for (int i = 60; i < 80 && sku == null; i++) {
            String candidate = String.format("SKU-%05d", i);
            WarehouseAtp sh = in(stock(candidate), "WH-SH");
            if (sh.available() > sh.reorderPoint() + 1 && sh.openReplenishmentDemand() == null) {
                sku = candidate;
                first = sh;
            }
        }
        assertThat(sku).as("a SKU well stocked in WH-SH").isNotNull();
        int take = first.available() - first.reorderPoint() + 1;
        String orderRef = id("SO");

        send(reservation("R-" + orderRef, orderRef, new Line(1, sku, take)));

        JsonNode demand = only("ReplenishmentDemand");
        assertThat(demand.path("sku").asText()).isEqualTo(sku);
        assertThat(demand.path("warehouse").asText()).isEqualTo("WH-SH");
        assertThat(demand.path("available").asInt()).isEqualTo(first.reorderPoint() - 1);
        assertThat(demand.path("quantity").asInt()).isEqualTo(demand.path("reorderQuantity").asInt() + 1);
        assertThat(only("InventoryChanged").path("belowReorderPoint").asBoolean()).isTrue();
        String demandId = demand.path("demandId").asText();
        assertThat(in(stock(sku), "WH-SH").openReplenishmentDemand()).isEqualTo(demandId);

        String more = id("SO");
        send(reservation("R-" + more, more, new Line(1, sku, 1)));
        assertThat(events.ofType("ReplenishmentDemand")).as("one open demand at a time").hasSize(1);
        events.clear();

        String pullListId = id("PL");
        assertThat(send(pullList("R-" + pullListId, pullListId, sku, "WH-SH", demand.path("quantity").asInt())))
                .isEqualTo(Outcome.PROCESSED);
        receiptJob.run();
        assertThat(events.sent()).as("nothing before the lead time").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        receiptJob.run();

        JsonNode received = only("InventoryChanged");
        assertThat(received.path("cause").asText()).isEqualTo("GOODS_RECEIPT");
        assertThat(received.path("pullListId").asText()).isEqualTo(pullListId);
        assertThat(received.path("receiptId").asText()).startsWith("GR-");
        assertThat(received.path("requestId").asText()).isEqualTo("R-" + pullListId);
        assertThat(received.path("onHandDelta").asInt()).isEqualTo(demand.path("quantity").asInt());
        assertThat(received.path("belowReorderPoint").asBoolean()).isFalse();
        assertThat(events.ofType("ReplenishmentDemand")).isEmpty();
        assertThat(in(stock(sku), "WH-SH").openReplenishmentDemand()).isNull();
    }

    @Test
    void aRepeatedRequestIdChangesNothingAndPublishesTheStoredOutcomeAgain() {
        String sku = "SKU-00090";
        int available = stock(sku).total().available();
        String orderRef = id("SO");
        ObjectNode command = reservation("R-" + orderRef, orderRef, new Line(1, sku, 4));

        assertThat(send(command)).isEqualTo(Outcome.PROCESSED);
        List<String> first = events.sent().stream().map(OutgoingEvent::eventId).toList();
        events.clear();

        assertThat(send(command)).isEqualTo(Outcome.DUPLICATE);
        assertThat(events.sent()).extracting(OutgoingEvent::eventId).containsExactlyElementsOf(first);
        events.clear();

        ObjectNode changed = reservation("R-" + orderRef, orderRef, new Line(1, sku, 9));
        assertThat(send(changed)).as("a request id stands for its first content").isEqualTo(Outcome.DUPLICATE);
        assertThat(events.sent()).extracting(OutgoingEvent::eventId).containsExactlyElementsOf(first);

        assertThat(reservations.byOrder(orderRef)).hasSize(1);
        assertThat(stock(sku).total().available()).isEqualTo(available - 4);
    }

    @Test
    void aRequestIdAlreadyUsedByAnotherCommandGoesToTheDeadLetterTopic() {
        String orderRef = id("SO");
        send(reservation("R-" + orderRef, orderRef, new Line(1, "SKU-00091", 1)));

        assertThat(send(release("R-" + orderRef, orderRef))).isEqualTo(Outcome.DEAD_LETTERED);
        assertThat(deadLetters.letters()).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("request-id-conflict"));
        assertThat(reservations.byOrder(orderRef).get(0).status()).isEqualTo("HELD");
    }

    @Test
    void aPublishKafkaDidNotAcknowledgeIsRetriedAloneUntilItIs() {
        String orderRef = id("SO");
        events.failNext(2);

        assertThat(send(reservation("R-" + orderRef, orderRef, new Line(1, "SKU-00092", 1))))
                .isEqualTo(Outcome.PROCESSED);

        assertThat(events.ofType("ReservationConfirmed")).hasSize(1);
        assertThat(events.ofType("InventoryChanged")).hasSize(1);
        assertThat(reservations.byOrder(orderRef)).hasSize(1);
        assertThat(deadLetters.letters()).isEmpty();
    }

    @Test
    void aPublishCutShortByAShutdownIsRepairedWhenTheRecordIsDeliveredAgain() {
        String orderRef = id("SO");
        ConsumerRecord<byte[], byte[]> record = record(reservation("R-" + orderRef, orderRef,
                new Line(1, "SKU-00094", 1)));
        events.failNext(1);

        assertThatThrownBy(() -> processor.process(record, () -> true))
                .isInstanceOf(CommandProcessor.ProcessingAbortedException.class);
        assertThat(events.sent()).isEmpty();
        assertThat(reservations.byOrder(orderRef)).as("the work is committed").hasSize(1);

        assertThat(processor.process(record, () -> false)).isEqualTo(Outcome.DUPLICATE);

        assertThat(events.ofType("ReservationConfirmed")).hasSize(1);
        assertThat(events.ofType("InventoryChanged")).hasSize(1);
        assertThat(reservations.byOrder(orderRef)).hasSize(1);
    }

    @Test
    void anInvalidCommandGoesToTheDeadLetterTopicAtOnceWithItsReason() {
        ConsumerRecord<byte[], byte[]> garbage = record(ScmTopics.RESERVATION_REQUESTS, "SO-X",
                "{\"type\":\"Reserva".getBytes(StandardCharsets.UTF_8));
        String orderRef = id("SO");
        ObjectNode noLines = reservation("R-" + orderRef, orderRef);
        String pullListId = id("PL");

        assertThat(processor.process(garbage, () -> false)).isEqualTo(Outcome.DEAD_LETTERED);
        assertThat(send(noLines)).isEqualTo(Outcome.DEAD_LETTERED);
        assertThat(send(pullList("R-" + pullListId, pullListId, "SKU-99999", "WH-SH", 5)))
                .isEqualTo(Outcome.DEAD_LETTERED);

        assertThat(deadLetters.letters()).extracting(RecordingSinks.DeadLetter::reason)
                .containsExactly("unparsable-json", "schema-violation", "invalid-content");
        assertThat(deadLetters.letters()).allSatisfy(l -> assertThat(l.attempts()).isEqualTo(1));
        assertThat(deadLetters.letters().get(0).record()).isSameAs(garbage);
        assertThat(deadLetters.letters().get(2).cause().getMessage()).contains("SKU-99999");
        assertThat(reservations.byOrder(orderRef)).isEmpty();
        assertThat(events.sent()).isEmpty();
    }

    @Test
    void whenEveryAttemptFailsTheCommandGoesToTheDeadLetterTopicAndChangesNothing() {
        String sku = "SKU-00093";
        Atp before = stock(sku);
        settings.update(new RuntimeSettings.Values(null, null, null, null, 3, 1L));
        faults.setErrorRate(1.0);
        long injected = faults.injectedFailures();
        String orderRef = id("SO");

        assertThat(send(reservation("R-" + orderRef, orderRef, new Line(1, sku, 1)))).isEqualTo(Outcome.DEAD_LETTERED);

        assertThat(deadLetters.letters()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo("processing-failed");
            assertThat(l.cause()).isInstanceOf(InjectedFaultException.class);
            assertThat(l.attempts()).isEqualTo(3);
        });
        assertThat(faults.injectedFailures() - injected).isEqualTo(3);
        assertThat(reservations.byOrder(orderRef)).as("rolled back").isEmpty();
        assertThat(stock(sku)).isEqualTo(before);
        assertThat(events.sent()).isEmpty();

        faults.setErrorRate(0);
        assertThat(send(reservation("R-" + orderRef, orderRef, new Line(1, sku, 1))))
                .as("the request id was not used up").isEqualTo(Outcome.PROCESSED);
    }

    @Test
    void theLatencyKnobDelaysEveryCommand() {
        faults.setLatency(Duration.ofMillis(20));
        long delayed = faults.delayedMessages();
        String orderRef = id("SO");

        assertThat(send(release("REL-" + orderRef, orderRef))).isEqualTo(Outcome.PROCESSED);

        assertThat(faults.delayedMessages()).isEqualTo(delayed + 1);
    }
}
