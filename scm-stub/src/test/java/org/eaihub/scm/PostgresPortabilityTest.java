package org.eaihub.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eaihub.scm.Commands.Line;
import static org.eaihub.scm.Commands.pullList;
import static org.eaihub.scm.Commands.record;
import static org.eaihub.scm.Commands.release;
import static org.eaihub.scm.Commands.reservation;
import static org.eaihub.scm.Commands.shipment;

import java.io.IOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.eaihub.scm.messaging.CommandProcessor;
import org.eaihub.scm.messaging.CommandProcessor.Outcome;
import org.eaihub.scm.reservation.ReservationExpiryJob;
import org.eaihub.scm.shipment.ShipmentProgressJob;
import org.eaihub.scm.supplier.GoodsReceiptJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same schema, seed, locking queries and sequences on a real PostgreSQL (the {@code external} profile's
 * database), so that the migrations stay portable: every command type and every job, once.
 */
@ScmContextTest
class PostgresPortabilityTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @Autowired
    private CommandProcessor processor;
    @Autowired
    private RecordingSinks.Events events;
    @Autowired
    private MutableClock clock;
    @Autowired
    private ReservationExpiryJob expiryJob;
    @Autowired
    private ShipmentProgressJob shipmentJob;
    @Autowired
    private GoodsReceiptJob receiptJob;

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    private Outcome send(com.fasterxml.jackson.databind.node.ObjectNode command) {
        return processor.process(record(command), () -> false);
    }

    @Test
    void everyCommandAndJobRunsOnPostgres() {
        events.clear();
        assertThat(send(reservation("PG-1", "PG-SO-1", new Line(1, "SKU-00001", 2), new Line(2, "SKU-00002", 1))))
                .isEqualTo(Outcome.PROCESSED);
        assertThat(send(reservation("PG-1", "PG-SO-1", new Line(1, "SKU-00001", 2)))).isEqualTo(Outcome.DUPLICATE);
        assertThat(send(reservation("PG-2", "PG-SO-2", new Line(1, "SKU-00003", 1)).put("holdSeconds", 5)))
                .isEqualTo(Outcome.PROCESSED);
        assertThat(send(reservation("PG-3", "PG-SO-3", new Line(1, "SKU-00004", 1)))).isEqualTo(Outcome.PROCESSED);
        assertThat(send(release("PG-4", "PG-SO-3"))).isEqualTo(Outcome.PROCESSED);
        assertThat(send(shipment("PG-5", "PG-SO-1", "SP-000001"))).isEqualTo(Outcome.PROCESSED);
        assertThat(send(pullList("PG-6", "PG-PL-1", "SKU-00005", "WH-BJ", 50))).isEqualTo(Outcome.PROCESSED);

        clock.advance(Duration.ofDays(1));
        expiryJob.run();
        shipmentJob.run();
        receiptJob.run();
        clock.advance(Duration.ofDays(1));
        shipmentJob.run();

        assertThat(events.sent()).extracting(e -> e.eventType()).contains("ReservationConfirmed",
                "ReservationReleased", "ReservationExpired", "ShipmentAccepted", "ShipmentDispatched",
                "ShipmentDelivered", "InventoryChanged");
        assertThat(events.bodies("InventoryChanged")).anySatisfy(
                e -> assertThat(e.path("cause").asText()).isEqualTo("GOODS_RECEIPT"));
    }
}
