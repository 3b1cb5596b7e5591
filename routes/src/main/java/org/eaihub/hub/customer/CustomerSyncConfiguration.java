package org.eaihub.hub.customer;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.hub.backend.BackendCircuit;
import org.eaihub.hub.backend.BackendTls;
import org.eaihub.hub.backend.RoutePauses;
import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.eaihub.hub.health.LandscapeSystems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Customer master synchronization: the backends' clients, their circuits, the state, the two routes. */
@Configuration(proxyBeanMethods = false)
public class CustomerSyncConfiguration {

    @Bean
    public ErpGateway erpGateway(LandscapeSystems systems, @Value("${eaihub.credentials.hub}") String password,
            BackendTls tls) {
        return new ErpGateway(URI.create(systems.systems().get("erp") + "/services/erp"), "hub", password, tls);
    }

    @Bean
    public CrmClient crmClient(LandscapeSystems systems, @Value("${eaihub.credentials.hub}") String password,
            BackendTls tls) {
        return new CrmClient(systems.systems().get("crm"), "hub", password, tls);
    }

    /**
     * JMS-fed routes are suspended and resumed (their listener containers stop and start). Kafka-fed routes are
     * stopped and started instead: a Kafka consumer suspended while its fetch thread is reconnecting after a failed
     * record (breakOnFirstError) ends that thread, and resuming it later starts none, so the route would stay silent.
     * Stopping is safe there because offsets are committed only after the work: the restarted consumer begins at the
     * first record not yet done.
     */
    @Bean
    public RoutePauses routePauses(CamelContext camel) {
        return new RoutePauses(new RoutePauses.Control() {
            @Override
            public void suspend(String routeId) throws Exception {
                if (kafkaFed(routeId)) {
                    camel.getRouteController().stopRoute(routeId, 10, TimeUnit.SECONDS);
                } else {
                    camel.getRouteController().suspendRoute(routeId, 10, TimeUnit.SECONDS);
                }
            }

            /**
             * Resumes a suspended route, or starts a stopped one (a Kafka-fed route a circuit stopped, or a route an
             * operator started while a circuit held it); called only when no one holds the route any more, so a
             * route an operator stopped is never started here.
             */
            @Override
            public void resume(String routeId) throws Exception {
                ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
                if (status == ServiceStatus.Stopped) {
                    camel.getRouteController().startRoute(routeId);
                } else if (status == ServiceStatus.Suspended) {
                    camel.getRouteController().resumeRoute(routeId);
                }
            }

            @Override
            public void stop(String routeId) throws Exception {
                camel.getRouteController().stopRoute(routeId, 10, TimeUnit.SECONDS);
            }

            @Override
            public void start(String routeId) throws Exception {
                camel.getRouteController().startRoute(routeId);
            }

            private boolean kafkaFed(String routeId) {
                var route = camel.getRoute(routeId);
                return route != null && route.getEndpoint().getEndpointUri().startsWith("kafka:");
            }
        });
    }

    @Bean(destroyMethod = "close")
    public BackendCircuit erpCircuit(RoutePauses pauses, ErpGateway erp,
            @Value("${eaihub.hub.circuit.probe-interval:2s}") Duration probeInterval) {
        BackendCircuit circuit = new BackendCircuit(ErpGateway.BACKEND, pauses, List.of(CustomerSyncRoute.ROUTE_ID,
                org.eaihub.hub.order.OrderToCashRoute.START_ROUTE, org.eaihub.hub.order.OrderToCashRoute.EVENTS_ROUTE),
                erp::reachable, probeInterval);
        erp.setCircuit(circuit);
        return circuit;
    }

    @Bean(destroyMethod = "close")
    public BackendCircuit crmCircuit(RoutePauses pauses, CrmClient crm,
            @Value("${eaihub.hub.circuit.probe-interval:2s}") Duration probeInterval) {
        BackendCircuit circuit = new BackendCircuit(CrmClient.BACKEND, pauses,
                List.of(ErpNotificationRoute.ROUTE_ID, CustomerSyncRoute.ROUTE_ID, CustomerRequestRoute.ROUTE_ID,
                        org.eaihub.hub.order.OrderToCashRoute.START_ROUTE,
                        org.eaihub.hub.order.OrderToCashRoute.EVENTS_ROUTE,
                        org.eaihub.hub.inventory.InventoryAtpRoute.ROUTE_ID),
                crm::reachable, probeInterval);
        crm.setCircuit(circuit);
        return circuit;
    }

    @Bean
    public CustomerSyncStore customerSyncStore(DataSource dataSource) {
        return new CustomerSyncStore(new JdbcTemplate(dataSource), Clock.systemUTC());
    }

    @Bean
    public SyncConflicts syncConflicts(DataSource dataSource) {
        return new SyncConflicts(new JdbcTemplate(dataSource), Clock.systemUTC());
    }

    @Bean
    public CustomerSyncService customerSyncService(CustomerSyncStore store, SyncConflicts conflicts, ErpGateway erp,
            CrmClient crm) {
        return new CustomerSyncService(store, conflicts, erp, crm);
    }

    @Bean
    public ErpNotificationService erpNotificationService(CustomerSyncStore store, SyncConflicts conflicts,
            CrmClient crm) {
        return new ErpNotificationService(store, conflicts, crm, "hub");
    }

    @Bean
    public CustomerRequestService customerRequestService(CrmClient crm, SyncConflicts conflicts) {
        return new CustomerRequestService(crm, conflicts);
    }

    private static JdbcMessageIdRepository processed(DataSource dataSource, PlatformTransactionManager transactions,
            String processor) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource,
                new TransactionTemplate(transactions), processor);
        repository.setCreateTableIfNotExists(false);
        return repository;
    }

    @Bean
    public CustomerSyncRoute customerSyncRoute(CanonicalCodec codec, CustomerSyncService service, DataSource dataSource,
            PlatformTransactionManager transactions) {
        return new CustomerSyncRoute(codec, service, processed(dataSource, transactions, CustomerSyncRoute.ROUTE_ID));
    }

    @Bean
    public ErpNotificationRoute erpNotificationRoute(ErpNotificationService service, DataSource dataSource,
            PlatformTransactionManager transactions) {
        return new ErpNotificationRoute(service, processed(dataSource, transactions, ErpNotificationRoute.ROUTE_ID));
    }

    @Bean
    public CustomerRequestRoute customerRequestRoute(CanonicalCodec codec, CustomerRequestService service,
            org.eaihub.hub.customer360.Customer360Service customer360, DataSource dataSource,
            PlatformTransactionManager transactions) {
        return new CustomerRequestRoute(codec, service, customer360,
                processed(dataSource, transactions, CustomerRequestRoute.ROUTE_ID));
    }
}
