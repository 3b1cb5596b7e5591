package org.eaihub.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import jakarta.jms.Connection;
import jakarta.jms.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.GetCustomerPartyMaster;
import org.eaihub.canonical.customer.ShowCustomerPartyMaster;
import org.eaihub.config.kafka.KafkaSettings;
import org.junit.jupiter.api.Test;

/**
 * The hub as its own JVM, as it runs in production: the packaged jar with {@code --eaihub.parts=hub} on the
 * {@code external} profile, its hosts, credentials and TLS settings given as environment variables only, its
 * database a real PostgreSQL. The broker, Kafka, the CRM, ERP and SCM run in this test's JVM, with TLS: Artemis
 * gets a TLS acceptor (Core and AMQP), Kafka a SASL_SSL listener, the CRM, ERP and SCM serve HTTPS, all with a key
 * pair made for this run. So the one test proves TLS on every path of the hub: it serves HTTPS only, reaches the
 * broker over Core TLS, Kafka over SASL_SSL and the systems over HTTPS, trusting the configured trust store.
 * Killing the hub (SIGKILL) leaves the rest of the landscape running.
 */
class HubOwnJvmIT {

    static final int BROKER_TLS_PORT = 61627 + LandscapeFixture.OFFSET;
    static final int KAFKA_TLS_PORT = 19094 + LandscapeFixture.OFFSET;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hubRunsAloneOnTheExternalProfileOverTlsAndCanBeKilled() throws Exception {
        LandscapeFixture.usePasswords();
        Path dataDir = LandscapeFixture.newDataDir();
        TestTls tls = TestTls.generate(dataDir.resolveSibling(dataDir.getFileName() + "-tls"));
        HttpClient https = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .sslContext(tls.clientContext()).build();
        String[] args = LandscapeFixture.arguments(dataDir, "--eaihub.parts=broker,kafka,crm,erp,scm",
                "--eaihub.broker.tls-port=" + BROKER_TLS_PORT,
                "--eaihub.embedded-kafka.tls-port=" + KAFKA_TLS_PORT,
                "--eaihub.embedded-tls.keystore=" + tls.keystore(),
                "--eaihub.embedded-tls.keystore-password=" + tls.keystorePassword(),
                // The CRM, ERP and SCM of this landscape serve HTTPS only, with the same key pair.
                "--spring.ssl.bundle.jks.test.keystore.location=" + tls.keystore().toUri(),
                "--spring.ssl.bundle.jks.test.keystore.password=" + tls.keystorePassword(),
                "--server.ssl.bundle=test");
        try (Landscape rest = Landscape.start(args);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> environment = Map.ofEntries(
                    Map.entry("SPRING_PROFILES_ACTIVE", "external"),
                    Map.entry("EAIHUB_BROKER_URL", "tcp://127.0.0.1:" + BROKER_TLS_PORT + "?sslEnabled=true"),
                    Map.entry("EAIHUB_KAFKA_BOOTSTRAP", "127.0.0.1:" + KAFKA_TLS_PORT),
                    Map.entry("EAIHUB_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
                    Map.entry("EAIHUB_KAFKA_REPLICATION", "1"),
                    Map.entry("EAIHUB_DB_HUB_URL", postgres.getJdbcUrl("postgres", "postgres")),
                    Map.entry("EAIHUB_DB_HUB_USER", "postgres"),
                    Map.entry("EAIHUB_DB_HUB_PASSWORD", "postgres"),
                    Map.entry("EAIHUB_TLS_ENABLED", "true"),
                    Map.entry("EAIHUB_TLS_KEYSTORE", tls.keystore().toString()),
                    Map.entry("EAIHUB_TLS_KEYSTORE_PASSWORD", tls.keystorePassword()),
                    Map.entry("EAIHUB_TLS_TRUSTSTORE", tls.truststore().toString()),
                    Map.entry("EAIHUB_TLS_TRUSTSTORE_PASSWORD", tls.truststorePassword()),
                    Map.entry("EAIHUB_SYSTEMS_CRM", "https://127.0.0.1:" + LandscapeFixture.CRM_PORT),
                    Map.entry("EAIHUB_SYSTEMS_ERP", "https://127.0.0.1:" + LandscapeFixture.ERP_PORT),
                    Map.entry("EAIHUB_SYSTEMS_SCM", "https://127.0.0.1:" + LandscapeFixture.SCM_PORT));
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-hub.log");
            URI health = URI.create("https://127.0.0.1:" + LandscapeFixture.HUB_PORT + "/actuator/health");
            try (LandscapeProcess hub = LandscapeProcess.start(log, environment, List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub"))) {
                hub.awaitHealthy(health, Duration.ofSeconds(240), https);
                // Database, broker (Core over TLS), Kafka (SASL_SSL) and the systems (HTTPS) all answer the hub.
                JsonNode detailed = JSON.readTree(get(https, health, "operator").body());
                assertThat(detailed.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
                assertThat(detailed.at("/components/jms/status").asText()).isEqualTo("UP");
                assertThat(detailed.at("/components/kafka/status").asText()).isEqualTo("UP");
                assertThat(detailed.at("/components/systems/status").asText()).as(detailed.toString())
                        .isEqualTo("UP");

                servesHttpsOnly(health);
                answersACustomerQueryOverAmqps(tls);
                consumesScmEventsOverSaslSsl(tls, https);

                hub.kill();
            }
            URI crmHealth = URI.create("https://127.0.0.1:" + LandscapeFixture.CRM_PORT + "/actuator/health");
            JsonNode crm = JSON.readTree(get(https, crmHealth, null).body());
            assertThat(crm.path("status").asText()).as("the CRM and its broker connection outlive the hub")
                    .isEqualTo("UP");
        }
    }

    /** Plain HTTP on the hub's port gets no answer from the application; a client without the test CA no TLS. */
    private static void servesHttpsOnly(URI health) throws Exception {
        URI plain = URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT + "/actuator/health");
        int status;
        try {
            status = TestClients.get(plain, null, null).statusCode();
        } catch (IOException e) {
            status = -1;
        }
        assertThat(status).as("plain HTTP to the HTTPS port").isNotEqualTo(200);
        assertThatThrownBy(() -> TestClients.get(health, null, null))
                .as("a client that trusts only the JVM's CAs").isInstanceOf(SSLHandshakeException.class);
    }

    /** A backend asks over AMQPS (the TLS acceptor); the hub, connected over Core TLS, asks the CRM over HTTPS. */
    private static void answersACustomerQueryOverAmqps(TestTls tls) throws Exception {
        CanonicalCodec codec = new CanonicalCodec();
        GetCustomerPartyMaster query = new GetCustomerPartyMaster(Envelope.newConversation(
                GetCustomerPartyMaster.class, SystemCode.ERP, "C-000003"), new CrossReference(SystemCode.CRM,
                        "C-000003"));
        String url = "amqps://127.0.0.1:" + BROKER_TLS_PORT + "?transport.trustStoreLocation="
                + encode(tls.truststore().toString()) + "&transport.trustStorePassword="
                + encode(tls.truststorePassword()) + "&transport.trustStoreType=PKCS12";
        try (Connection amqps = new JmsConnectionFactory(url).createConnection("integration",
                LandscapeFixture.passwordOf("integration"))) {
            Message reply = TestClients.askHub(amqps, query, Format.JSON, true, Duration.ofSeconds(60));
            ShowCustomerPartyMaster answer = codec.read(TestClients.text(reply).getBytes(StandardCharsets.UTF_8),
                    Format.JSON, ShowCustomerPartyMaster.class);
            assertThat(answer.customers()).singleElement()
                    .satisfies(customer -> assertThat(customer.customerId()).isEqualTo("C-000003"));
        }
    }

    /**
     * A reservation sent over SASL_SSL lowers the SCM's stock; the SCM's inventory event reaches the hub's Kafka
     * consumer (SASL_SSL), which updates the CRM's available to promise over HTTPS.
     */
    private static void consumesScmEventsOverSaslSsl(TestTls tls, HttpClient https) throws Exception {
        KafkaSettings kafka = new KafkaSettings("127.0.0.1:" + KAFKA_TLS_PORT, "SASL_SSL", "PLAIN", "admin",
                LandscapeFixture.passwordOf("admin"), (short) 1, false, List.of(), Map.of(
                        "ssl.truststore.location", tls.truststore().toString(),
                        "ssl.truststore.password", tls.truststorePassword(),
                        "ssl.truststore.type", "PKCS12"));
        String sku = null;
        long before = 0;
        for (int i = 160; i < 180 && sku == null; i++) {
            String candidate = String.format("SKU-%05d", i);
            JsonNode shanghai = shanghai(JSON.readTree(get(https, URI.create("https://127.0.0.1:"
                    + LandscapeFixture.SCM_PORT + "/api/atp/" + candidate), "operator").body()));
            if (shanghai.path("available").asInt() > shanghai.path("reorderPoint").asInt() + 5) {
                sku = candidate;
                before = shanghai.path("available").asLong();
            }
        }
        assertThat(sku).as("a well stocked SKU in Shanghai").isNotNull();
        URI crmAtp = URI.create("https://127.0.0.1:" + LandscapeFixture.CRM_PORT + "/api/atp/" + sku);
        long expected = before - 2;
        String orderRef = "SO-TLS-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode request = JSON.createObjectNode().put("type", "ReservationRequest").put("schemaVersion", 1)
                .put("requestId", "R-" + orderRef).put("orderRef", orderRef);
        request.putArray("lines").addObject().put("lineNo", 1).put("sku", sku).put("quantity", 2);
        try (var producer = new KafkaProducer<>(kafka.producer(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("scm.reservation.requests", orderRef, JSON.writeValueAsBytes(request)))
                    .get(30, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            HttpResponse<String> crm = get(https, crmAtp, "crm-user");
            return crm.statusCode() == 200
                    && shanghai(JSON.readTree(crm.body())).path("available").asLong() == expected;
        });
    }

    private static JsonNode shanghai(JsonNode atp) {
        for (JsonNode warehouse : atp.path("warehouses")) {
            if (warehouse.path("warehouse").asText().equals("WH-SH")) {
                return warehouse;
            }
        }
        throw new AssertionError("no WH-SH in " + atp);
    }

    private static HttpResponse<String> get(HttpClient client, URI uri, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        if (user != null) {
            request.header("Authorization", TestClients.basic(user, LandscapeFixture.passwordOf(user)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }


    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
