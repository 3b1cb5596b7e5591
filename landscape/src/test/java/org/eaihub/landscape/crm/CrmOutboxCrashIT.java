package org.eaihub.landscape.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eaihub.landscape.Landscape;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.LandscapeProcess;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CRM's transactional outbox under a real process death. The broker runs in this JVM; the CRM runs the
 * packaged jar in its own JVM and dies (halts, as under SIGKILL) right after a customer change committed —
 * before the relay published it, or after the broker accepted it but before the row was marked sent. After a
 * restart the event is on the queue exactly once.
 */
class CrmOutboxCrashIT {

    private static final String QUEUE = "crm.customer.events";

    @ParameterizedTest
    @ValueSource(strings = {"BEFORE_PUBLISH", "AFTER_PUBLISH"})
    void anEventCommittedBeforeTheCrashIsDeliveredExactlyOnce(String crashPoint) throws Exception {
        LandscapeFixture.usePasswords();
        Path dataDir = LandscapeFixture.newDataDir();
        URI crm = URI.create("http://127.0.0.1:" + LandscapeFixture.CRM_PORT);
        try (Landscape broker = Landscape.start(LandscapeFixture.arguments(dataDir, "--eaihub.parts=broker"))) {
            String customerId;
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-crm.log");
            try (LandscapeProcess doomed = LandscapeProcess.start(log, Map.of(), List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=crm",
                            "--eaihub.outbox.crash-point=" + crashPoint))) {
                doomed.awaitHealthy(crm.resolve("/actuator/health"), Duration.ofSeconds(120));
                customerId = createCustomer(crm);
                assertThat(doomed.awaitExit(Duration.ofSeconds(60))).as("halted at " + crashPoint).isEqualTo(137);
            }
            assertThat(browse(customerId)).as("on the queue before the restart")
                    .isEqualTo(crashPoint.equals("AFTER_PUBLISH") ? 1 : 0);

            try (LandscapeProcess restarted = LandscapeProcess.start(log, Map.of(), List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=crm"))) {
                restarted.awaitHealthy(crm.resolve("/actuator/health"), Duration.ofSeconds(120));
                assertThat(count(customerId, Duration.ofSeconds(10))).as("delivered once after the restart")
                        .isEqualTo(1);
                restarted.interrupt(Duration.ofSeconds(60));
            }
        }
    }

    private static String createCustomer(URI crm) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String body = new ObjectMapper().writeValueAsString(Map.of("kind", "ENTERPRISE", "name", "Crash Test " + u,
                "email", u + "@crash.example.com"));
        var response = TestClients.send(HttpRequest.newBuilder(crm.resolve("/api/customers"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestClients.basic("crm-user", LandscapeFixture.passwordOf("crm-user")))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).path("id").asText();
    }

    /** Counts the messages about the customer without consuming them. */
    private static int browse(String customerId) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + LandscapeFixture.CORE_PORT)
                .createConnection("admin", LandscapeFixture.passwordOf("admin"));
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            var messages = session.createBrowser(session.createQueue(QUEUE), "businessKey = '" + customerId + "'")
                    .getEnumeration();
            int count = 0;
            while (messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            return count;
        }
    }

    /** Consumes every message about the customer that arrives within the quiet period; returns how many. */
    private static int count(String customerId, Duration quiet) throws Exception {
        List<Message> received = new ArrayList<>();
        try (Connection connection = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + LandscapeFixture.CORE_PORT)
                .createConnection("admin", LandscapeFixture.passwordOf("admin"))) {
            connection.start();
            try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE),
                            "businessKey = '" + customerId + "'")) {
                Message message;
                while ((message = consumer.receive(quiet.toMillis())) != null) {
                    received.add(message);
                }
            }
        }
        return received.size();
    }
}
