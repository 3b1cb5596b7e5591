package org.eaihub.hub.kafka;

import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.eaihub.config.kafka.KafkaSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camel's {@code kafka:} component for the hub, from the landscape's {@link KafkaSettings}: SASL login (over TLS with
 * {@code SASL_SSL}), idempotent producers with {@code acks=all}, and consumers that never auto-commit. A consuming
 * route commits its record itself once the work is done ({@link KafkaCommits#commit}); a failure leaves the offset where it was and, with
 * {@code breakOnFirstError}, the record is polled again, so nothing is skipped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eaihub.kafka.enabled", havingValue = "true")
public class HubKafkaConfiguration {

    @Bean("kafka")
    public KafkaComponent kafka(KafkaSettings settings) {
        KafkaConfiguration configuration = new KafkaConfiguration();
        configuration.setBrokers(settings.bootstrapServers());
        configuration.setSecurityProtocol(settings.securityProtocol());
        if (settings.securityProtocol().startsWith("SASL")) {
            configuration.setSaslMechanism(settings.saslMechanism());
            configuration.setSaslJaasConfig(KafkaSettings.jaas(settings.username(), settings.password()));
        }
        // Further client settings (the trust store of SASL_SSL) go to every consumer and producer as they are.
        configuration.setAdditionalProperties(new java.util.HashMap<>(settings.clientProperties()));
        configuration.setRequestRequiredAcks("all");
        configuration.setEnableIdempotence(true);
        configuration.setAutoCommitEnable(false);
        configuration.setAllowManualCommit(true);
        configuration.setBreakOnFirstError(true);
        configuration.setAutoOffsetReset("earliest");
        configuration.setIsolationLevel("read_committed");
        KafkaComponent component = new KafkaComponent();
        component.setConfiguration(configuration);
        return component;
    }
}
