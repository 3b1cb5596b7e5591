package org.eaihub.landscape.hub;

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

/** Every record of some topics from the moment it is created (no consumer group), for the hub's Kafka flows. */
final class KafkaTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    KafkaTap(KafkaSettings settings, List<String> topics) {
        Map<String, Object> config = settings.consumer("hub-flows-test-tap");
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
        }, "hub-flows-tap");
        poller.setDaemon(true);
        poller.start();
    }

    ConsumerRecord<String, byte[]> await(String topic, Predicate<ConsumerRecord<String, byte[]>> matching,
            Duration atMost) {
        return Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                .until(() -> find(topic, matching), Optional::isPresent).orElseThrow();
    }

    Optional<ConsumerRecord<String, byte[]>> find(String topic, Predicate<ConsumerRecord<String, byte[]>> matching) {
        return all(topic).stream().filter(matching).findFirst();
    }

    List<ConsumerRecord<String, byte[]>> all(String topic) {
        return seen.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return record.value() == null ? null : JSON.readTree(record.value());
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
