package org.eaihub.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.kafka.KafkaSettings;

/** Plain JMS, Kafka and HTTP client steps shared by the landscape tests: what a backend would do. */
public final class TestClients {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestClients() {
    }

    /** Sends a persistent text message tagged with a correlation id. */
    public static void sendText(Connection connection, String queue, String body, String correlationId)
            throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage message = session.createTextMessage(body);
            message.setStringProperty(Correlation.CORRELATION_ID, correlationId);
            var producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(message);
        }
    }

    /** Receives the message with the given correlation id, failing if none arrives within 30 s. */
    public static Message receive(Connection connection, String queue, String correlationId) throws JMSException {
        connection.start();
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue(queue),
                        Correlation.CORRELATION_ID + " = '" + correlationId + "'")) {
            Message message = consumer.receive(TimeUnit.SECONDS.toMillis(30));
            assertThat(message).as("message on " + queue).isNotNull();
            return message;
        }
    }

    /** Reads a topic's partition 0 from the beginning until the record with the key turns up (30 s at most). */
    public static ConsumerRecord<String, String> readByKey(KafkaSettings settings, String topic, String key) {
        try (var consumer = new KafkaConsumer<>(settings.consumer("test-" + key), new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
            return null;
        }
    }

    public static HttpResponse<String> get(URI uri, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return send(request);
    }

    /** A JSON call as the user (body null: none), asserted to answer 2xx; the answer as a tree. */
    public static JsonNode json(URI uri, String user, String password, String method, Object body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        assertThat(response.statusCode()).as(method + " " + uri + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
