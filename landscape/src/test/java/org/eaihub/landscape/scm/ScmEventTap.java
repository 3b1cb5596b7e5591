package org.eaihub.landscape.scm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eaihub.config.kafka.KafkaSettings;

/**
 * Listens to topics from the moment it is created, as a plain Kafka consumer without a group (every
 * partition assigned, starting at the end), and keeps every record it sees so that tests can wait for one.
 */
final class ScmEventTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    ScmEventTap(KafkaSettings settings, List<String> topics) {
        Map<String, Object> config = settings.consumer("scm-landscape-test-tap");
        config.remove("group.id");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30)));
        poller = new Thread(() -> {
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            }
            consumer.close(Duration.ofSeconds(5));
        }, "scm-event-tap");
        poller.setDaemon(true);
        poller.start();
    }

    /** Waits (30 s at most) for the first record on the topic with the key whose JSON value matches. */
    ConsumerRecord<String, byte[]> await(String topic, String key, Predicate<JsonNode> matching) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> find(topic, key, matching), Optional::isPresent).orElseThrow();
    }

    /** Waits for the first event of the type on the topic with the key. */
    JsonNode awaitEvent(String topic, String key, String type) {
        return json(await(topic, key, e -> type.equals(e.path("type").asText())));
    }

    Optional<ConsumerRecord<String, byte[]>> find(String topic, String key, Predicate<JsonNode> matching) {
        return all(topic, key).stream().filter(r -> {
            JsonNode node = parse(r.value());
            return node != null && matching.test(node);
        }).findFirst();
    }

    List<ConsumerRecord<String, byte[]>> all(String topic, String key) {
        return seen.stream().filter(r -> r.topic().equals(topic) && key.equals(r.key())).toList();
    }

    List<ConsumerRecord<String, byte[]>> all() {
        return List.copyOf(seen);
    }

    static JsonNode json(ConsumerRecord<String, byte[]> record) {
        JsonNode node = parse(record.value());
        if (node == null) {
            throw new AssertionError("Not JSON: " + new String(record.value(), StandardCharsets.UTF_8));
        }
        return node;
    }

    static JsonNode parse(byte[] value) {
        try {
            return value == null ? null : JSON.readTree(value);
        } catch (IOException e) {
            return null;
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(10_000);
    }
}
