package org.eaihub.scm.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eaihub.config.kafka.KafkaSettings;
import org.eaihub.scm.ScmProperties;
import org.eaihub.scm.contract.ScmTopics;
import org.eaihub.scm.faults.Outage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts one {@link CommandConsumer} thread per command topic once the application context is ready (after
 * the database and the seed) and stops them first at shutdown, each after the record in hand. Consumer group
 * of a topic: {@code <groupPrefix>.<topic>}, e.g. {@code scm-stub.scm.reservation.requests}.
 */
public class CommandConsumers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CommandConsumers.class);

    private final KafkaSettings kafka;
    private final CommandProcessor processor;
    private final Outage outage;
    private final ScmProperties.Messaging messaging;
    private final List<CommandConsumer> consumers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    public CommandConsumers(KafkaSettings kafka, CommandProcessor processor, Outage outage, ScmProperties properties) {
        this.kafka = kafka;
        this.processor = processor;
        this.outage = outage;
        this.messaging = properties.messaging();
    }

    public static String groupId(String prefix, String topic) {
        return prefix + "." + topic;
    }

    @Override
    public synchronized void start() {
        for (String topic : ScmTopics.COMMAND_TOPICS) {
            Map<String, Object> config = kafka.consumer(groupId(messaging.groupPrefix(), topic));
            config.put("client.id", "scm-" + topic);
            config.put("max.poll.records", "50");
            CommandConsumer consumer = new CommandConsumer(topic,
                    () -> new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
                    processor::process, outage, messaging.pollTimeout());
            Thread thread = new Thread(consumer, "scm-consumer-" + topic);
            thread.setDaemon(true);
            consumers.add(consumer);
            threads.add(thread);
            thread.start();
        }
        LOG.info("Consuming {}", ScmTopics.COMMAND_TOPICS);
    }

    @Override
    public synchronized void stop() {
        consumers.forEach(CommandConsumer::stop);
        outage.wakeAll();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
                if (thread.isAlive()) {
                    LOG.warn("{} still busy after 30 s at shutdown", thread.getName());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        consumers.clear();
        threads.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !threads.isEmpty();
    }

    /** Starts after the jobs and stops before them, so no record is half done when the jobs stop. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    /** Each consumer's state by topic. */
    public synchronized Map<String, CommandConsumer> consumers() {
        Map<String, CommandConsumer> byTopic = new LinkedHashMap<>();
        consumers.forEach(c -> byTopic.put(c.topic(), c));
        return byTopic;
    }
}
