package org.eaihub.landscape.scm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.kafka.KafkaSettings;

/**
 * What the hub would do with the SCM: send commands to its Kafka topics (as the {@code integration} user) and
 * call its REST API (as {@code operator}, or without credentials when the user is null), with plain clients.
 */
final class ScmClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String user;
    private final String password;
    private final KafkaProducer<String, byte[]> producer;

    ScmClient(URI base, String user, String password, KafkaSettings kafka) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.producer = new KafkaProducer<>(kafka.producer(), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends raw bytes to a topic with the key and a correlation id; returns where they landed. */
    RecordMetadata send(String topic, String key, byte[] value, String correlationId) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(Correlation.CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8));
        return producer.send(record).get(30, TimeUnit.SECONDS);
    }

    RecordMetadata send(String topic, String key, ObjectNode command) throws Exception {
        return send(topic, key, JSON.writeValueAsBytes(command), "corr-" + key);
    }

    static ObjectNode command(String type, String requestId) {
        return JSON.createObjectNode().put("type", type).put("schemaVersion", 1).put("requestId", requestId);
    }

    static ObjectNode reservation(String requestId, String orderRef, String sku, int quantity) {
        ObjectNode node = command("ReservationRequest", requestId).put("orderRef", orderRef);
        ArrayNode lines = node.putArray("lines");
        lines.addObject().put("lineNo", 1).put("sku", sku).put("quantity", quantity);
        return node;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A fresh client per call: a pooled connection would not survive the SCM closing its port. */
    private HttpResponse<String> call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (user != null) {
            String credentials = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return client.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** True if a TCP connection to the SCM's HTTP port is refused. */
    boolean portRefusesConnections() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
            return false;
        } catch (ConnectException e) {
            return true;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
