package org.eaihub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.eaihub.hub.operations.AuditEntry.Outcome;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit table from the hub's migrations, on H2 (embedded) and on a real PostgreSQL 17 (external profile). */
class OperatorAuditTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    static List<String> databases() {
        return List.of("h2", "postgresql");
    }

    private static DataSource migrated(String database) {
        DataSource dataSource;
        if (database.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource = h2;
        } else {
            dataSource = postgres.getPostgresDatabase();
        }
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/hub").load().migrate();
        return dataSource;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void entriesComeBackNewestFirstWithEveryField(String database) {
        OperatorAudit audit = new OperatorAudit(new JdbcTemplate(migrated(database)), Clock.systemUTC(), "1@hub");

        audit.record("operator", "route.suspend", "order-intake", Outcome.OK, "status Suspended");
        audit.record("operator", "route.resume", "order-intake", Outcome.OK, "status Started");
        audit.record("admin", "dead-letter.replay", "DLQ.hub.in.order", Outcome.FAILED, "x".repeat(3000));

        List<AuditEntry> latest = audit.latest(2);
        assertThat(latest).extracting(AuditEntry::action).containsExactly("dead-letter.replay", "route.resume");
        AuditEntry replay = latest.get(0);
        assertThat(replay.actor()).isEqualTo("admin");
        assertThat(replay.target()).isEqualTo("DLQ.hub.in.order");
        assertThat(replay.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(replay.detail()).hasSize(AuditEntry.DETAIL_LENGTH);
        assertThat(replay.instance()).isEqualTo("1@hub");
        assertThat(replay.at()).isNotNull();
        assertThat(audit.latest(100)).hasSizeGreaterThanOrEqualTo(3);
    }
}
