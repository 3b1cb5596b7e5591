package org.eaihub.hub.deadletter;

import jakarta.jms.ConnectionFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    public DeadLetterService deadLetterService(ConnectionFactory connectionFactory) {
        ConnectionFactory target = connectionFactory instanceof CachingConnectionFactory caching
                && caching.getTargetConnectionFactory() != null ? caching.getTargetConnectionFactory() : connectionFactory;
        return new DeadLetterService(target);
    }
}
