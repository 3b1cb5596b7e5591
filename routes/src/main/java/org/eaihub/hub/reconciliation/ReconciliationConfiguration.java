package org.eaihub.hub.reconciliation;

import java.time.Clock;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReconciliationConfiguration {

    @Bean
    public ReconciliationService reconciliationService(CrmClient crm, ErpGateway erp, DataSource dataSource,
            ObjectMapper mapper, @Value("${eaihub.hub.reconciliation.repair-on-schedule:false}") boolean repair) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).build()));
        return new ReconciliationService(crm, erp, locks, jdbc, mapper, Clock.systemUTC(), repair);
    }
}
