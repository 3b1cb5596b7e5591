package org.eaihub.hub.order;

import java.lang.management.ManagementFactory;
import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.cxf.Bus;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.jaxws.EndpointImpl;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.config.security.Roles;
import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.eaihub.hub.soap.SoapRoles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Order-to-cash: the saga's store, service, deadlines, route, and Order Watch (REST and SOAP). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderSagaSettings.class)
public class OrderToCashConfiguration {

    @Bean
    public OrderSagaStore orderSagaStore(DataSource dataSource) {
        return new OrderSagaStore(new JdbcTemplate(dataSource), Clock.systemUTC(),
                ManagementFactory.getRuntimeMXBean().getName());
    }

    @Bean
    public OrderSagaQueries orderSagaQueries(OrderSagaStore store) {
        return new OrderSagaQueries(store);
    }

    @Bean
    public OrderSagaService orderSagaService(OrderSagaStore store, PlatformTransactionManager transactions,
            CanonicalCodec codec, ErpGateway erp, CrmClient crm, ProducerTemplate producer,
            OrderSagaSettings settings) {
        ScmCommandSender scm = (topic, orderRef, json) -> producer.sendBodyAndHeader("kafka:" + topic, json,
                KafkaConstants.KEY, orderRef);
        return new OrderSagaService(store, new TransactionTemplate(transactions), codec, erp, crm, scm, settings);
    }

    @Bean
    public OrderDeadlines orderDeadlines(OrderSagaStore store, DataSource dataSource, ProducerTemplate producer) {
        var locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .build()));
        return new OrderDeadlines(store, locks, producer, Clock.systemUTC());
    }

    /** Off with {@code eaihub.hub.order.enabled=false}: the benchmark measures the order entry route alone. */
    @Bean
    @ConditionalOnExpression("${eaihub.kafka.enabled:false} and ${eaihub.hub.order.enabled:true}")
    public OrderToCashRoute orderToCashRoute(OrderSagaService service, OrderDeadlines deadlines) {
        return new OrderToCashRoute(service, deadlines);
    }

    @Bean
    public EndpointImpl orderTrackingSoapEndpoint(Bus bus, OrderSagaQueries queries) {
        EndpointImpl endpoint = new EndpointImpl(bus, new OrderTrackingService(queries));
        endpoint.publish("/order-tracking");
        return endpoint;
    }

    /** JAX-WS needs a concrete annotated class to publish. */
    @jakarta.jws.WebService(serviceName = "OrderTrackingService", portName = "OrderTrackingPort",
            endpointInterface = "org.eaihub.hub.order.OrderTracking", targetNamespace = OrderTracking.NAMESPACE)
    public static class OrderTrackingService implements OrderTracking {
        private final OrderSagaQueries queries;

        public OrderTrackingService(OrderSagaQueries queries) {
            this.queries = queries;
        }

        @Override
        public OrderTrackingView track(String orderNumber) {
            SoapRoles.require("not authorized for order tracking",
                    Roles.INTEGRATION_CLIENT, Roles.OPERATOR, Roles.ADMIN, Roles.SYSTEM);
            if (orderNumber == null || orderNumber.isBlank()) {
                throw new SoapFault("orderNumber: is required", SoapFault.FAULT_CODE_CLIENT);
            }
            return queries.tracking(orderNumber.trim()).orElseThrow(() ->
                    new SoapFault("orderNumber: no order " + orderNumber.trim(), SoapFault.FAULT_CODE_CLIENT));
        }
    }
}
