package org.eaihub.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.correlation.KafkaCorrelation;
import org.eaihub.hub.diagnostics.Diagnostics;
import org.eaihub.hub.diagnostics.PingReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.eaihub.landscape.TestClients.basic;
import static org.eaihub.landscape.TestClients.readByKey;
import static org.eaihub.landscape.TestClients.receive;
import static org.eaihub.landscape.TestClients.send;
import static org.eaihub.landscape.TestClients.sendText;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The landscape's foundations, exercised the way a backend would: a message crosses Artemis over AMQP and
 * Core, an event crosses Kafka, a SOAP call crosses HTTP, each with credentials; each is refused without them,
 * and names nobody declared are refused.
 */
@ExtendWith(LandscapeFixture.class)
class LandscapeSmokeTest {

    private static final String QUEUE = "landscape.diagnostics";
    private static final String TOPIC = "landscape.diagnostics";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LandscapeFixture landscape;

    LandscapeSmokeTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    @Test
    void aggregateHealthReportsEveryPartUp() throws Exception {
        HttpResponse<String> anonymous = get(landscape.url("hub").resolve("/actuator/health"), null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(anonymous.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        for (String component : List.of("db", "jms", "kafka", "systems")) {
            assertThat(health.path("components").path(component).path("status").asText()).as(component).isEqualTo("UP");
        }
        for (String system : List.of("crm", "erp", "scm")) {
            assertThat(health.at("/components/systems/components/" + system + "/status").asText()).as(system)
                    .isEqualTo("UP");
        }
        assertThat(health.at("/components/systems/components/crm/details").isMissingNode())
                .as("details are for operators only").isTrue();

        JsonNode detailed = JSON.readTree(get(landscape.url("hub").resolve("/actuator/health"), "operator").body());
        for (String system : List.of("crm", "erp", "scm")) {
            assertThat(detailed.at("/components/systems/components/" + system + "/details/components/db").asText())
                    .as(system + " database").isEqualTo("UP");
            assertThat(detailed.at("/components/systems/components/" + system + "/details/components/jms").asText())
                    .as(system + " broker connection").isEqualTo("UP");
        }
    }

    @Test
    void everySystemRefusesHttpWithoutValidCredentials() throws Exception {
        for (String system : List.of("hub", "crm", "erp", "scm")) {
            URI metrics = landscape.url(system).resolve("/actuator/prometheus");
            assertThat(get(metrics, null).statusCode()).as(system + " anonymous").isEqualTo(401);
            assertThat(send(HttpRequest.newBuilder(metrics).header("Authorization", basic("operator", "wrong"))
                    .GET()).statusCode()).as(system + " wrong password").isEqualTo(401);
            assertThat(get(metrics, "operator").statusCode()).as(system + " operator").isEqualTo(200);
        }
    }

    @Test
    void messageCrossesArtemisFromAmqpToCore() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        String body = "amqp-to-core " + correlationId;
        try (Connection amqp = amqp().createConnection("integration", landscape.password("integration"));
                Connection core = core().createConnection("integration", landscape.password("integration"))) {
            sendText(amqp, QUEUE, body, correlationId);
            Message received = receive(core, QUEUE, correlationId);
            assertThat(((TextMessage) received).getText()).isEqualTo(body);
            assertThat(received.getStringProperty(Correlation.CORRELATION_ID)).isEqualTo(correlationId);
        }
    }

    @Test
    void messageCrossesArtemisFromCoreToAmqp() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        String body = "core-to-amqp " + correlationId;
        try (Connection core = core().createConnection("integration", landscape.password("integration"));
                Connection amqp = amqp().createConnection("integration", landscape.password("integration"))) {
            sendText(core, QUEUE, body, correlationId);
            Message received = receive(amqp, QUEUE, correlationId);
            assertThat(((TextMessage) received).getText()).isEqualTo(body);
            assertThat(received.getStringProperty(Correlation.CORRELATION_ID)).isEqualTo(correlationId);
        }
    }

    @Test
    void artemisRefusesConnectionsWithoutValidCredentials() {
        for (ConnectionFactory factory : List.of(amqp(), core())) {
            assertThatThrownBy(() -> factory.createConnection().start()).as("anonymous")
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> factory.createConnection("integration", "wrong").start()).as("wrong password")
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void artemisRefusesAnUndeclaredQueue() throws Exception {
        for (ConnectionFactory factory : List.of(amqp(), core())) {
            try (Connection connection = factory.createConnection("integration", landscape.password("integration"))) {
                assertThatThrownBy(() -> sendText(connection, "no.such.queue", "lost?", "x"))
                        .isInstanceOf(JMSException.class)
                        .hasMessageContaining("no.such.queue");
            }
        }
    }

    @Test
    void artemisRefusesAnIntegrationClientOutsideItsQueues() throws Exception {
        try (Connection connection = core().createConnection("integration", landscape.password("integration"))) {
            assertThatThrownBy(() -> sendText(connection, "erp.notifications", "forged", "x"))
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    /** Queues that are not an integration client's replies: others' inbound queues, internal ones, dead letters. */
    @ParameterizedTest
    @ValueSource(strings = {"hub.in.order", "hub.in.customer", "crm.in.order", "crm.customer.events",
            "erp.notifications", "hub.order.intake", "hub.order.events", "DLQ.hub.in.order", "DLQ"})
    void anIntegrationClientCannotReadAQueueThatIsNotItsReplyQueue(String queue) throws Exception {
        try (Connection connection = core().createConnection("integration", landscape.password("integration"))) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue target = session.createQueue(queue);
            assertThatThrownBy(() -> session.createConsumer(target)).as("consume %s", queue)
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> session.createBrowser(target).getEnumeration()).as("browse %s", queue)
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void anIntegrationClientReadsItsReplyQueueAndOnlyTheHubWritesIt() throws Exception {
        try (Connection connection = core().createConnection("integration", landscape.password("integration"))) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createQueue("hub.reply.integration")).close();
            assertThatThrownBy(() -> sendText(connection, "hub.reply.integration", "forged reply", "x"))
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator", "crm-user"})
    void peopleWhoAreNotIntegrationClientsCannotSendToTheHubsInboundQueues(String user) {
        // refused when connecting or when sending, depending on whether the role may connect at all
        assertThatThrownBy(() -> {
            try (Connection connection = core().createConnection(user, landscape.password(user))) {
                sendText(connection, "hub.in.order", "{}", "x");
            }
        }).as(user).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void eventCrossesKafkaWithCredentials() throws Exception {
        var settings = landscape.kafka("admin", landscape.password("admin"));
        String key = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<>(settings.producer(), new StringSerializer(), new StringSerializer());
                Correlation.Scope ignored = Correlation.open(correlationId, null)) {
            producer.send(new ProducerRecord<>(TOPIC, key, "event " + key)).get(30, TimeUnit.SECONDS);
        }
        ConsumerRecord<String, String> found = readByKey(settings, TOPIC, key);
        assertThat(found).as("the event, read back").isNotNull();
        assertThat(found.value()).isEqualTo("event " + key);
        assertThat(KafkaCorrelation.header(found.headers(), Correlation.CORRELATION_ID)).isEqualTo(correlationId);
    }

    @Test
    void kafkaRefusesWrongCredentials() {
        var settings = landscape.kafka("admin", "wrong");
        Map<String, Object> config = settings.producer();
        config.put("max.block.ms", "10000");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "v")).get(15, TimeUnit.SECONDS))
                    .satisfiesAnyOf(
                            e -> assertThat(e).isInstanceOf(SaslAuthenticationException.class),
                            e -> assertThat(e).isInstanceOf(ExecutionException.class)
                                    .hasCauseInstanceOf(SaslAuthenticationException.class));
        }
    }

    /** Kafka carries the applications' own events: people and integration clients cannot log in at all. */
    @ParameterizedTest
    @ValueSource(strings = {"integration", "operator", "crm-user"})
    void kafkaRefusesAccountsThatAreNeitherServiceAccountsNorAdministrators(String user) {
        Map<String, Object> config = landscape.kafka(user, landscape.password(user)).producer();
        config.put("max.block.ms", "10000");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "forged")).get(15, TimeUnit.SECONDS))
                    .as(user)
                    .satisfiesAnyOf(
                            e -> assertThat(e).isInstanceOf(SaslAuthenticationException.class),
                            e -> assertThat(e).isInstanceOf(ExecutionException.class)
                                    .hasCauseInstanceOf(SaslAuthenticationException.class));
        }
    }

    @Test
    void kafkaRefusesAnUndeclaredTopic() {
        var settings = landscape.kafka("admin", landscape.password("admin"));
        Map<String, Object> config = settings.producer();
        config.put("max.block.ms", "3000");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("no.such.topic", "k", "v"))
                    .get(10, TimeUnit.SECONDS))
                    .hasMessageContaining("no.such.topic");
        }
    }

    @Test
    void soapCallCrossesHttpWithCredentialsAndCarriesTheCorrelationId() {
        Diagnostics client = soapClient("integration", landscape.password("integration"));
        String correlationId = UUID.randomUUID().toString();
        org.apache.cxf.endpoint.Client cxf = org.apache.cxf.frontend.ClientProxy.getClient(client);
        cxf.getRequestContext().put(org.apache.cxf.message.Message.PROTOCOL_HEADERS,
                Map.of(Correlation.HTTP_CORRELATION_HEADER, List.of(correlationId)));

        PingReply reply = client.ping("hello");

        assertThat(reply.getSystem()).isEqualTo("hub");
        assertThat(reply.getEcho()).isEqualTo("hello");
        assertThat(reply.getCorrelationId()).isEqualTo(correlationId);
    }

    @Test
    void soapCallIsRefusedWithoutCredentialsButTheWsdlIsPublic() throws Exception {
        assertThatThrownBy(() -> soapClient(null, null).ping("hello"))
                .isInstanceOf(jakarta.xml.ws.WebServiceException.class)
                .hasStackTraceContaining("401");
        assertThatThrownBy(() -> soapClient("integration", "wrong").ping("hello"))
                .hasStackTraceContaining("401");

        HttpResponse<String> wsdl = get(landscape.url("hub").resolve("/services/diagnostics?wsdl"), null);
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("DiagnosticsService");
    }

    @Test
    void theHubPublishesTheCanonicalSchemasWithoutCredentials() throws Exception {
        HttpResponse<String> index = get(landscape.url("hub").resolve("/schemas/index.json"), null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("SyncCustomerPartyMaster");
        HttpResponse<String> xsd = get(landscape.url("hub").resolve("/schemas/canonical.xsd"), null);
        assertThat(xsd.statusCode()).isEqualTo(200);
        assertThat(xsd.body()).contains("urn:eaihub:canonical:1");
        assertThat(get(landscape.url("hub").resolve("/schemas/json/ProcessSalesOrder.schema.json"), null).body())
                .contains("\"$schema\"");
    }

    @Test
    void theCrmPublishesItsOpenApiContractAndHoldsTheSeed() throws Exception {
        HttpResponse<String> openApi = get(landscape.url("crm").resolve("/v3/api-docs"), null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/customers").contains("/api/customers/import");
        JsonNode seeded = JSON.readTree(get(landscape.url("crm").resolve("/api/customers/C-000042"), "crm-user").body());
        assertThat(seeded.at("/crossReferences/erp").asText()).isEqualTo("0010000042");
    }

    @Test
    void httpResponsesEchoTheCallersCorrelationId() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(landscape.url("crm").resolve("/actuator/health"))
                .header(Correlation.HTTP_CORRELATION_HEADER, "order-4711-check").GET());
        assertThat(response.headers().firstValue(Correlation.HTTP_CORRELATION_HEADER)).contains("order-4711-check");

        HttpResponse<String> forged = send(HttpRequest.newBuilder(landscape.url("crm").resolve("/actuator/health"))
                .header(Correlation.HTTP_CORRELATION_HEADER, "x\",\"level\":\"ERROR").GET());
        assertThat(forged.headers().firstValue(Correlation.HTTP_CORRELATION_HEADER).orElseThrow())
                .as("an unusable id is replaced, not echoed into logs").matches("[0-9a-f-]{36}");
    }

    private Diagnostics soapClient(String user, String password) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(Diagnostics.class);
        factory.setAddress(landscape.url("hub").resolve("/services/diagnostics").toString());
        if (user != null) {
            factory.setUsername(user);
            factory.setPassword(password);
        }
        return factory.create(Diagnostics.class);
    }

    private ConnectionFactory amqp() {
        return new JmsConnectionFactory(landscape.amqpUrl());
    }

    private ConnectionFactory core() {
        return new ActiveMQConnectionFactory(landscape.coreUrl());
    }

    private HttpResponse<String> get(URI uri, String user) throws Exception {
        return TestClients.get(uri, user, user == null ? null : landscape.password(user));
    }
}
