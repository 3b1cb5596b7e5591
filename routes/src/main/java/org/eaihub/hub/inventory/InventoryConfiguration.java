package org.eaihub.hub.inventory;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.eaihub.hub.backend.CrmClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Inventory → ATP: the projection and its route. Needs Kafka; pauses with the CRM's circuit. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eaihub.kafka.enabled", havingValue = "true")
public class InventoryConfiguration {

    @Bean
    public AtpProjection atpProjection(CrmClient crm) {
        return new AtpProjection(crm);
    }

    @Bean
    public InventoryAtpRoute inventoryAtpRoute(AtpProjection projection, DataSource dataSource,
            PlatformTransactionManager transactions) {
        JdbcMessageIdRepository processed = new JdbcMessageIdRepository(dataSource,
                new TransactionTemplate(transactions), InventoryAtpRoute.ROUTE_ID);
        processed.setCreateTableIfNotExists(false);
        return new InventoryAtpRoute(projection, processed);
    }
}
