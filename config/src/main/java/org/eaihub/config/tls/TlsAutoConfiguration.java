package org.eaihub.config.tls;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisAutoConfiguration;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConnectionDetails;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisMode;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * TLS towards the broker from configuration: when a trust store is configured ({@code eaihub.tls.truststore}, i.e.
 * {@code EAIHUB_TLS_TRUSTSTORE}), a broker URL with {@code sslEnabled=true} and no trust store of its own trusts
 * that one. Spring Boot's Artemis connection factory (CRM, ERP, SCM and hub alike) takes its URL from here.
 */
@AutoConfiguration(before = ArtemisAutoConfiguration.class)
@ConditionalOnClass(name = "org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory")
@ConditionalOnProperty(name = "eaihub.tls.truststore")
@EnableConfigurationProperties(ArtemisProperties.class)
public class TlsAutoConfiguration {

    @Bean
    public ArtemisConnectionDetails artemisConnectionDetails(ArtemisProperties artemis, Environment environment) {
        String url = BrokerUrls.withTrustStore(artemis.getBrokerUrl(),
                environment.getProperty("eaihub.tls.truststore"),
                environment.getProperty("eaihub.tls.truststore-password"),
                environment.getProperty("eaihub.tls.truststore-type"));
        return new ArtemisConnectionDetails() {
            @Override
            public ArtemisMode getMode() {
                return artemis.getMode();
            }

            @Override
            public String getBrokerUrl() {
                return url;
            }

            @Override
            public String getUser() {
                return artemis.getUser();
            }

            @Override
            public String getPassword() {
                return artemis.getPassword();
            }
        };
    }
}
