package org.eaihub.config.kafka;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the declared topics that do not exist yet, with their partitions. Brokers run with
 * {@code auto.create.topics.enable=false}, so a topic exists only because it was declared here.
 */
public final class KafkaTopicDeclarer {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaTopicDeclarer.class);

    private KafkaTopicDeclarer() {
    }

    public static void declare(KafkaSettings settings) {
        try (Admin admin = Admin.create(settings.admin())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = settings.allTopics().stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), settings.replicationFactor()))
                    .toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // Another instance declared the same topics at the same moment: that is the outcome we want.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                LOG.info("Declared {} Kafka topics", missing.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while declaring Kafka topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot declare Kafka topics on " + settings.bootstrapServers(), e);
        }
    }
}
