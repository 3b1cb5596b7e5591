package org.eaihub.scm.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eaihub.config.kafka.KafkaSettings;
import org.eaihub.scm.ScmProperties;
import org.eaihub.scm.contract.ScmTopics;
import org.eaihub.scm.faults.FaultKnobs;
import org.eaihub.scm.faults.Outage;
import org.eaihub.scm.outbox.EventPublisher;
import org.eaihub.scm.outbox.EventSink;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Kafka for the SCM ({@code eaihub.scm.messaging.enabled}, on unless a module test turns it off): one
 * idempotent producer ({@code acks=all}) for events and dead letters, and the command consumers. It checks at
 * start that every SCM topic is declared in the landscape's configuration, so a missing topic fails loudly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eaihub.scm.messaging.enabled", havingValue = "true", matchIfMissing = true)
public class MessagingConfiguration {

    @Bean(destroyMethod = "close")
    public Producer<byte[], byte[]> scmProducer(KafkaSettings kafka) {
        Set<String> declared = new HashSet<>();
        kafka.allTopics().forEach(t -> declared.add(t.name()));
        List<String> missing = new java.util.ArrayList<>();
        for (String topic : ScmTopics.COMMAND_TOPICS) {
            if (!declared.contains(topic) || !declared.contains(ScmTopics.deadLetterTopic(topic))) {
                missing.add(topic);
            }
        }
        ScmTopics.EVENT_TOPICS.stream().filter(t -> !declared.contains(t)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Topics (or their dead-letter topics) not declared in eaihub.kafka.topics: "
                    + missing);
        }
        Map<String, Object> config = kafka.producer();
        config.put("client.id", "scm-producer");
        config.put("linger.ms", "0");
        config.put("delivery.timeout.ms", "30000");
        config.put("request.timeout.ms", "10000");
        config.put("max.block.ms", "10000");
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Bean
    public EventSink kafkaEventSink(Producer<byte[], byte[]> scmProducer, FaultKnobs faults) {
        return new KafkaEventSink(scmProducer, faults);
    }

    @Bean
    public DeadLetterSink kafkaDeadLetterSink(Producer<byte[], byte[]> scmProducer, ScmProperties properties) {
        return new KafkaDeadLetterSink(scmProducer, properties.messaging().groupPrefix());
    }

    @Bean
    public CommandConsumers commandConsumers(KafkaSettings kafka, CommandProcessor processor, Outage outage,
            ScmProperties properties) {
        return new CommandConsumers(kafka, processor, outage, properties);
    }

    @Bean
    public CommandConsumersHealthIndicator commandConsumersHealthIndicator(CommandConsumers commandConsumers,
            EventPublisher publisher) {
        return new CommandConsumersHealthIndicator(commandConsumers, publisher);
    }
}
