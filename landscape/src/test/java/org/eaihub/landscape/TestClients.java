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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Connection;
import jakarta.jms.Queue;
import jakarta.jms.BytesMessage;
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
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.kafka.KafkaSettings;

/** Plain JMS, Kafka and HTTP client steps shared by the landscape tests: what a backend would do. */
public final class TestClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CanonicalCodec CODEC = new CanonicalCodec();

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

    /**
     * A canonical message from an integration client to the hub's customer queue ({@code hub.in.customer}, its
     * {@code contentType} and {@code correlationId} set): with {@code wantsReply}, the reply the hub sends to
     * {@code hub.reply.integration} with the request's {@code JMSCorrelationID} (asserted to come within the
     * timeout); without, null.
     */
    public static Message askHub(Connection connection, CanonicalMessage message, Format format, boolean wantsReply,
            Duration timeout) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            String correlation = UUID.randomUUID().toString();
            TextMessage request = session.createTextMessage(new String(CODEC.write(message, format),
                    StandardCharsets.UTF_8));
            request.setStringProperty(WireContract.CONTENT_TYPE, format.contentType());
            request.setStringProperty(Correlation.CORRELATION_ID, message.envelope().correlationId());
            request.setJMSCorrelationID(correlation);
            Queue replies = session.createQueue("hub.reply.integration");
            if (wantsReply) {
                request.setJMSReplyTo(replies);
            }
            session.createProducer(session.createQueue("hub.in.customer")).send(request);
            if (!wantsReply) {
                return null;
            }
            try (MessageConsumer consumer = session.createConsumer(replies,
                    "JMSCorrelationID = '" + correlation + "'")) {
                Message reply = consumer.receive(timeout.toMillis());
                assertThat(reply).as("a reply on hub.reply.integration").isNotNull();
                return reply;
            }
        }
    }

    /** A text or bytes message's body as UTF-8 text. */
    public static String text(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        BytesMessage bytes = (BytesMessage) message;
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        return new String(body, StandardCharsets.UTF_8);
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
