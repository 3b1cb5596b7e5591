package org.eaihub.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eaihub.scm.Commands.Line;
import static org.eaihub.scm.Commands.pullList;
import static org.eaihub.scm.Commands.record;
import static org.eaihub.scm.Commands.release;
import static org.eaihub.scm.Commands.reservation;
import static org.eaihub.scm.Commands.shipment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eaihub.scm.contract.ContractJson;
import org.eaihub.scm.contract.ContractSchemas;
import org.eaihub.scm.contract.EventType;
import org.eaihub.scm.messaging.CommandProcessor;
import org.eaihub.scm.outbox.OutgoingEvent;
import org.eaihub.scm.reservation.ReservationExpiryJob;
import org.eaihub.scm.settings.RuntimeSettings;
import org.eaihub.scm.shipment.ShipmentProgressJob;
import org.eaihub.scm.stock.AvailableToPromise;
import org.eaihub.scm.supplier.GoodsReceiptJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives the SCM through every outcome it has and checks every event it publishes against the published
 * contract: its type's JSON Schema, its topic, its key, its headers. Every event type must turn up.
 */
@ScmContextTest
class ProducedEventsConformToContractTest {

    @Autowired
    private CommandProcessor processor;
    @Autowired
    private RecordingSinks.Events events;
    @Autowired
    private MutableClock clock;
    @Autowired
    private AvailableToPromise atp;
    @Autowired
    private RuntimeSettings settings;
    @Autowired
    private ReservationExpiryJob expiryJob;
    @Autowired
    private ShipmentProgressJob shipmentJob;
    @Autowired
    private GoodsReceiptJob receiptJob;

    private void send(ObjectNode command) {
        processor.process(record(command), () -> false);
    }

    private static String id() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyEventTheScmPublishesConformsToThePublishedContract() throws IOException {
        events.clear();
        settings.reset();
        String short1 = "SKU-00110";
        String plenty = "SKU-00111";

        String confirmed = id();
        send(reservation("R-" + confirmed, confirmed, new Line(1, plenty, 2), new Line(2, "SKU-00112", 1)));
        String partial = id();
        send(reservation("R-" + partial, partial,
                new Line(1, short1, atp.of(short1).orElseThrow().total().available() + 5), new Line(2, "NO-SUCH", 1)));
        String rejected = id();
        send(reservation("R-" + rejected, rejected, new Line(1, short1, 1)));
        send(release("REL-" + partial, partial));
        send(release("REL2-" + partial, partial));
        String expiring = id();
        send(reservation("R-" + expiring, expiring, new Line(1, plenty, 1)).put("holdSeconds", 1));
        send(shipment("S-" + confirmed, confirmed, "SP-000007").put("carrier", "JD-LOGISTICS"));
        send(shipment("S-" + rejected, rejected, "SP-000007"));
        String pullListId = id();
        send(pullList("R-" + pullListId, pullListId, short1, "WH-GZ", 40));
        clock.advance(Duration.ofDays(1));
        expiryJob.run();
        shipmentJob.run();
        clock.advance(Duration.ofDays(1));
        shipmentJob.run();
        receiptJob.run();

        List<OutgoingEvent> sent = events.sent();
        Set<String> eventIds = new HashSet<>();
        Set<String> types = new HashSet<>();
        JsonNode catalog = catalog();
        for (OutgoingEvent event : sent) {
            JsonNode body = ContractJson.read(event.payload());
            String type = body.path("type").asText();
            assertThat(ContractSchemas.instance().violations(type, body)).as(type + " " + body).isEmpty();
            assertThat(event.eventType()).isEqualTo(type);
            assertThat(event.eventId()).isEqualTo(body.path("eventId").asText());
            JsonNode topic = catalog.path("topics").path(event.topic());
            assertThat(topic.path("messages").toString()).as(type + " on " + event.topic()).contains("\"" + type + "\"");
            assertThat(event.key()).as(type + " key").isEqualTo(body.path(topic.path("key").asText()).asText());
            assertThat(eventIds.add(event.eventId())).as("event ids are unique").isTrue();
            types.add(type);
        }
        assertThat(types).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    }

    private static JsonNode catalog() throws IOException {
        try (InputStream in = ProducedEventsConformToContractTest.class.getClassLoader()
                .getResourceAsStream(ContractSchemas.LOCATION + "catalog.json")) {
            return ContractJson.mapper().readTree(in);
        }
    }
}
