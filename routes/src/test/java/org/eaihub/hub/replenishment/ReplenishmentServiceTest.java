package org.eaihub.hub.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.eaihub.adapters.scm.ScmInventoryEvent;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Collection and consolidation on the hub's real schema (H2, the Flyway migrations), with Kafka replaced. */
class ReplenishmentServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Sent(String pullListId, byte[] body) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private boolean kafkaDown;
    private DataSource dataSource;
    private ReplenishmentService service;
    private ReplenishmentStore store;

    @BeforeEach
    void freshDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/hub").load().migrate();
        service = newInstance();
    }

    /** Another hub instance (or this one after a restart) on the same database. */
    private ReplenishmentService newInstance() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        store = new ReplenishmentStore(jdbc, Clock.systemUTC());
        var locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).build()));
        return new ReplenishmentService(store, new PullListConsolidation(), locks,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), (id, body) -> {
                    if (kafkaDown) {
                        throw new IllegalStateException("not acknowledged");
                    }
                    sent.add(new Sent(id, body));
                }, new ReplenishmentService.Settings(Duration.ofMinutes(90), Duration.ofMinutes(5), "SUP-001",
                        Map.of("SKU-00009", "SUP-009")), Clock.systemUTC());
    }

    private static ScmInventoryEvent.ReplenishmentDemand demand(String demandId, String sku, String warehouse,
            long quantity) {
        return new ScmInventoryEvent.ReplenishmentDemand(UUID.randomUUID().toString(), Instant.now(), demandId, sku,
                warehouse, quantity, null);
    }

    private static JsonNode json(Sent sent) throws Exception {
        return JSON.readTree(sent.body());
    }

    @Test
    void aDemandDeliveredTwiceIsCollectedOnce() {
        assertThat(service.collect(demand("RD-000000001", "SKU-00001", "WH-SH", 107)))
                .isEqualTo(ReplenishmentService.Outcome.COLLECTED);
        assertThat(newInstance().collect(demand("RD-000000001", "SKU-00001", "WH-SH", 107)))
                .isEqualTo(ReplenishmentService.Outcome.DUPLICATE);
        assertThat(store.open()).hasSize(1);
    }

    @Test
    void demandsBecomeOnePullListPerSupplierAndAreNotSentAgain() throws Exception {
        service.collect(demand("RD-000000001", "SKU-00001", "WH-SH", 100));
        service.collect(demand("RD-000000002", "SKU-00001", "WH-SH", 7));
        service.collect(demand("RD-000000003", "SKU-00002", "WH-BJ", 30));
        service.collect(demand("RD-000000004", "SKU-00009", "WH-BJ", 4));

        var run = service.consolidate().orElseThrow();

        assertThat(run.created()).hasSize(2);
        assertThat(run.demands()).isEqualTo(4);
        assertThat(sent).hasSize(2);
        JsonNode sup1 = json(sent.stream().filter(s -> new String(s.body(), StandardCharsets.UTF_8)
                .contains("SUP-001")).findFirst().orElseThrow());
        assertThat(sup1.path("type").asText()).isEqualTo("PullList");
        assertThat(sup1.path("requestId").asText()).isEqualTo("REQ-" + sup1.path("pullListId").asText());
        assertThat(sup1.path("lines")).hasSize(2);
        assertThat(sup1.at("/lines/0/sku").asText()).isEqualTo("SKU-00001");
        assertThat(sup1.at("/lines/0/quantity").asLong()).isEqualTo(107);
        assertThat(store.open()).isEmpty();

        assertThat(service.consolidate().orElseThrow().created()).isEmpty();
        assertThat(sent).hasSize(2);
    }

    @Test
    void aDemandCollectedAfterAConsolidationIsInTheNextPullList() throws Exception {
        service.collect(demand("RD-000000001", "SKU-00001", "WH-SH", 100));
        service.consolidate();
        ReplenishmentService restarted = newInstance();
        restarted.collect(demand("RD-000000002", "SKU-00001", "WH-SH", 5));

        restarted.consolidate();

        assertThat(sent).hasSize(2);
        assertThat(json(sent.get(1)).at("/lines/0/quantity").asLong()).isEqualTo(5);
    }

    @Test
    void aPullListKafkaDidNotAcknowledgeIsResentWithTheSameIdAndBytes() throws Exception {
        service.collect(demand("RD-000000001", "SKU-00001", "WH-SH", 100));
        kafkaDown = true;
        assertThatThrownBy(() -> service.consolidate()).hasMessageContaining("not acknowledged");
        assertThat(store.unsent()).hasSize(1);
        assertThat(store.open()).isEmpty();
        byte[] stored = store.unsent().get(0).body();
        String pullListId = store.unsent().get(0).pullListId();

        kafkaDown = false;
        ReplenishmentService restarted = newInstance();
        assertThat(restarted.resendUnsent().orElseThrow()).containsExactly(pullListId);

        assertThat(sent).singleElement().satisfies(s -> assertThat(s.body()).isEqualTo(stored));
        assertThat(store.unsent()).isEmpty();
        assertThat(restarted.consolidate().orElseThrow().created()).isEmpty();
        assertThat(sent).hasSize(1);
    }

    @Test
    void aScheduledRunOnAnotherInstanceWithinTheIntervalIsSkipped() {
        service.collect(demand("RD-000000001", "SKU-00001", "WH-SH", 100));
        service.scheduled();
        ReplenishmentService other = newInstance();
        other.collect(demand("RD-000000002", "SKU-00001", "WH-SH", 5));

        other.scheduled();

        assertThat(sent).hasSize(1);
        assertThat(store.open()).hasSize(1);
    }
}
