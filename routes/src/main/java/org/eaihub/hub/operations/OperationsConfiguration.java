package org.eaihub.hub.operations;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.eaihub.config.security.PathRoles;
import org.eaihub.config.security.Roles;
import org.eaihub.hub.backend.RoutePauses;
import org.eaihub.hub.deadletter.DeadLetterQueues;
import org.eaihub.hub.deadletter.DeadLetterService;
import org.eaihub.hub.order.OrderSagaStore;
import org.eaihub.hub.reconciliation.ReconciliationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Route control, the operators' audit (REST and Jolokia) and the hub's own gauges. */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    @Bean
    public OperatorAudit operatorAudit(DataSource dataSource) {
        return new OperatorAudit(new JdbcTemplate(dataSource), Clock.systemUTC(),
                ManagementFactory.getRuntimeMXBean().getName());
    }

    /** Hawtio and the Jolokia endpoint it drives: operators and administrators only (others 403). */
    @Bean
    public PathRoles hawtioRoles() {
        return PathRoles.of("/actuator/hawtio/**", Roles.OPERATOR, Roles.ADMIN);
    }

    @Bean
    public PathRoles jolokiaRoles() {
        return PathRoles.of("/actuator/jolokia/**", Roles.OPERATOR, Roles.ADMIN);
    }

    /** Hawtio's route control (and any other MBean operation) goes through Jolokia: audit it there. */
    @Bean
    public FilterRegistrationBean<JolokiaAuditFilter> jolokiaAudit(OperatorAudit audit) {
        FilterRegistrationBean<JolokiaAuditFilter> registration = new FilterRegistrationBean<>(
                new JolokiaAuditFilter(audit));
        registration.addUrlPatterns("/actuator/jolokia", "/actuator/jolokia/*", "/actuator/hawtio/jolokia",
                "/actuator/hawtio/jolokia/*");
        // after Spring Security's chain, which authenticated the operator
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    public RouteControl routeControl(CamelContext camel, RoutePauses pauses, OperatorAudit audit) {
        return new RouteControl(camel, pauses, audit);
    }

    @Bean
    public OperationsMetrics operationsMetrics(DeadLetterService deadLetters, OrderSagaStore sagas,
            ReconciliationService reconciliation,
            @Value("${eaihub.hub.metrics.cache-ttl:10s}") Duration ttl) {
        return new OperationsMetrics(DeadLetterQueues.declared(), deadLetters, sagas, reconciliation::latest, ttl,
                Clock.systemUTC());
    }
}
