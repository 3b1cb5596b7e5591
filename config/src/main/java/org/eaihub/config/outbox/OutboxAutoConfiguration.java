package org.eaihub.config.outbox;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.ConnectionFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jms.JmsAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The transactional outbox, for applications that set {@code eaihub.outbox.enabled=true}. */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, JmsAutoConfiguration.class})
@ConditionalOnProperty(name = "eaihub.outbox.enabled", havingValue = "true")
@ConditionalOnBean({DataSource.class, ConnectionFactory.class})
public class OutboxAutoConfiguration {

    @Bean
    public Outbox outbox(DataSource dataSource, ObjectMapper mapper) {
        return new Outbox(new JdbcTemplate(dataSource), mapper, Clock.systemUTC());
    }

    @Bean
    public OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactionManager,
            ConnectionFactory connectionFactory, ObjectMapper mapper,
            @Value("${eaihub.outbox.poll-interval:250ms}") Duration interval,
            @Value("${eaihub.outbox.batch-size:100}") int batchSize,
            @Value("${eaihub.outbox.crash-point:NONE}") OutboxRelay.CrashPoint crashPoint) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setExplicitQosEnabled(true);
        jms.setDeliveryPersistent(true);
        OutboxRelay relay = new OutboxRelay(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager),
                jms, mapper, Clock.systemUTC(), interval, batchSize);
        relay.setCrashPoint(crashPoint);
        return relay;
    }
}
