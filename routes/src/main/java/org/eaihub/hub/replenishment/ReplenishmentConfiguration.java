package org.eaihub.hub.replenishment;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Replenishment: the demand store, the consolidation under its database locks, the routes. Needs Kafka. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eaihub.kafka.enabled", havingValue = "true")
@EnableConfigurationProperties(ReplenishmentConfiguration.ReplenishmentProperties.class)
public class ReplenishmentConfiguration {

    /**
     * {@code eaihub.hub.replenishment.*}: how often pull lists are built (the textbook's Dell every 1.5 h), how often
     * unsent ones are retried, the longest a crashed instance may hold the lock, and which supplier gets a SKU.
     */
    @ConfigurationProperties("eaihub.hub.replenishment")
    public record ReplenishmentProperties(@DefaultValue("PT1H30M") Duration interval,
            @DefaultValue("PT1M") Duration resendInterval, @DefaultValue("PT5M") Duration lockAtMostFor,
            @DefaultValue("SUP-001") String defaultSupplier, Map<String, String> suppliers) {
    }

    @Bean
    public ReplenishmentStore replenishmentStore(DataSource dataSource) {
        return new ReplenishmentStore(new JdbcTemplate(dataSource), Clock.systemUTC());
    }

    @Bean
    public ReplenishmentService replenishmentService(ReplenishmentStore store, DataSource dataSource,
            PlatformTransactionManager transactions, ProducerTemplate template, ReplenishmentProperties properties) {
        var locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).build()));
        return new ReplenishmentService(store, new PullListConsolidation(), locks, new TransactionTemplate(transactions),
                ReplenishmentRoute.sender(template), new ReplenishmentService.Settings(properties.interval(),
                        properties.lockAtMostFor(), properties.defaultSupplier(),
                        properties.suppliers() == null ? Map.of() : Map.copyOf(properties.suppliers())),
                Clock.systemUTC());
    }

    @Bean
    public ReplenishmentRoute replenishmentRoute(ReplenishmentService service, ReplenishmentProperties properties) {
        return new ReplenishmentRoute(service, properties.interval().toMillis(), properties.resendInterval().toMillis());
    }
}
