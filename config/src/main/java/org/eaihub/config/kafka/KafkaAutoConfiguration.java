package org.eaihub.config.kafka;

import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Kafka settings for applications that use Kafka ({@code eaihub.kafka.enabled=true}), with a health check. */
@AutoConfiguration
@ConditionalOnClass(name = "org.apache.kafka.clients.admin.Admin")
@ConditionalOnProperty(name = "eaihub.kafka.enabled", havingValue = "true")
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaAutoConfiguration {

    /**
     * Against an external cluster the applications declare the topics themselves (the embedded launcher does it
     * for the embedded broker); already existing topics are left as they are.
     */
    @Bean
    @ConditionalOnProperty(name = "eaihub.kafka.declare-topics", havingValue = "true")
    public org.springframework.beans.factory.InitializingBean kafkaTopicDeclaration(KafkaSettings settings) {
        return () -> KafkaTopicDeclarer.declare(settings);
    }

    @Bean
    @ConditionalOnEnabledHealthIndicator("kafka")
    public KafkaHealthIndicator kafkaHealthIndicator(KafkaSettings settings) {
        return new KafkaHealthIndicator(settings);
    }
}
