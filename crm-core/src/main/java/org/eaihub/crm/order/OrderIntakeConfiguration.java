package org.eaihub.crm.order;

import jakarta.jms.ConnectionFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jms.ConnectionFactoryUnwrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * The listener container of {@code crm.in.order}: local JMS transactions (the receive, and a dead letter, commit
 * together), on the target connection factory rather than the caching one, whose cached consumers would outlive the
 * container and keep taking messages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eaihub.crm.orders.intake.enabled", havingValue = "true", matchIfMissing = true)
public class OrderIntakeConfiguration {

    @Bean
    public DefaultMessageListenerContainer orderIntakeContainer(ConnectionFactory connectionFactory,
            OrderIntake intake, @Value("${eaihub.crm.orders.intake.consumers:2}") int consumers) {
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(ConnectionFactoryUnwrapper.unwrapCaching(connectionFactory));
        container.setDestinationName(OrderIntake.QUEUE);
        container.setSessionTransacted(true);
        container.setConcurrentConsumers(consumers);
        container.setMaxConcurrentConsumers(consumers);
        container.setMessageListener(intake);
        return container;
    }
}
