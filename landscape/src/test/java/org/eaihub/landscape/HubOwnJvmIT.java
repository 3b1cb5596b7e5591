package org.eaihub.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

/**
 * The hub as its own JVM: the broker, Kafka and the other systems run in this test's JVM, the hub runs the
 * packaged jar with {@code --eaihub.parts=hub} on the {@code external} profile, its hosts and credentials
 * given as environment variables and its database a real PostgreSQL. Killing the hub (SIGKILL) leaves the
 * rest of the landscape running.
 */
class HubOwnJvmIT {

    @Test
    void hubRunsAloneOnTheExternalProfileAndCanBeKilled() throws Exception {
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
            URI health = URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT + "/actuator/health");
            try (LandscapeProcess hub = LandscapeProcess.start(log, environment, List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub"))) {
                hub.awaitHealthy(health, Duration.ofSeconds(120));
                JsonNode detailed = new ObjectMapper().readTree(TestClients.get(health, "operator",
                        LandscapeFixture.passwordOf("operator")).body());
                assertThat(detailed.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
                assertThat(detailed.at("/components/jms/status").asText()).isEqualTo("UP");
                assertThat(detailed.at("/components/kafka/status").asText()).isEqualTo("UP");
                assertThat(detailed.at("/components/systems/status").asText()).isEqualTo("UP");

                hub.kill();
            }
            URI crmHealth = URI.create("http://127.0.0.1:" + LandscapeFixture.CRM_PORT + "/actuator/health");
            JsonNode crm = new ObjectMapper().readTree(TestClients.get(crmHealth, null, null).body());
            assertThat(crm.path("status").asText()).as("the CRM and its broker connection outlive the hub")
                    .isEqualTo("UP");
        }
    }
}
