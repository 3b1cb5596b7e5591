package org.eaihub.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eaihub.config.security.CredentialBootstrap;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a user lives it: the packaged landscape starts and reports healthy within
 * 120 s, Ctrl-C stops every part, and a second start on the same data directory still holds the messages,
 * events and accounts of the first.
 */
class LandscapeRestartIT {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

    @Test
    void ctrlCStopsEverythingAndASecondStartKeepsTheData() throws Exception {
        Path dataDir = LandscapeFixture.newDataDir();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        String password = "it-" + UUID.randomUUID();
        String adminPassword = "it-admin-" + UUID.randomUUID();
        List<String> jvm = List.of("-Deaihub.password.integration=" + password,
                "-Deaihub.password.admin=" + adminPassword);
        URI health = URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT + "/actuator/health");
        String correlationId = UUID.randomUUID().toString();
        var kafka = LandscapeFixture.kafkaFor("admin", adminPassword); // Kafka: service accounts and admins only

        try (LandscapeProcess first = LandscapeProcess.start(log, Map.of(), jvm, LandscapeFixture.arguments(dataDir))) {
            first.awaitHealthy(health, STARTUP_LIMIT);
            assertThat(first.output()).contains("EAI Hub landscape is up").contains("shown only now");
            try (Connection core = core().createConnection("integration", password)) {
                TestClients.sendText(core, "landscape.diagnostics", "kept " + correlationId, correlationId);
            }
            try (var producer = new KafkaProducer<>(kafka.producer(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("landscape.diagnostics", correlationId, "kept")).get(30, TimeUnit.SECONDS);
            }
            int exit = first.interrupt(Duration.ofSeconds(60));
            assertThat(exit).as("exit code after Ctrl-C").isIn(0, 130);
            assertThat(first.output()).contains("Landscape stopped");
        }
        assertThatThrownBy(() -> TestClients.get(health, null, null)).as("nothing listens any more")
                .isInstanceOf(ConnectException.class);
        String usersAfterFirstStart = Files.readString(dataDir.resolve("security").resolve(CredentialBootstrap.USERS_FILE));

        long linesBefore = Files.readAllLines(log).size();
        try (LandscapeProcess second = LandscapeProcess.start(log, Map.of(), List.of(),
                LandscapeFixture.arguments(dataDir))) {
            second.awaitHealthy(health, STARTUP_LIMIT);
            List<String> secondRun = new ArrayList<>(Files.readAllLines(log));
            assertThat(String.join("\n", secondRun.subList((int) linesBefore, secondRun.size())))
                    .as("no new accounts on a second start").doesNotContain("shown only now");
            assertThat(Files.readString(dataDir.resolve("security").resolve(CredentialBootstrap.USERS_FILE)))
                    .isEqualTo(usersAfterFirstStart);
            try (Connection core = core().createConnection("integration", password)) {
                var message = TestClients.receive(core, "landscape.diagnostics", correlationId);
                assertThat(((TextMessage) message).getText()).isEqualTo("kept " + correlationId);
            }
            var event = TestClients.readByKey(kafka, "landscape.diagnostics", correlationId);
            assertThat(event).as("the event of the first run").isNotNull();
            assertThat(event.value()).isEqualTo("kept");
            assertThat(second.interrupt(Duration.ofSeconds(60))).isIn(0, 130);
        }
    }

    private static ActiveMQConnectionFactory core() {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + LandscapeFixture.CORE_PORT);
    }
}
