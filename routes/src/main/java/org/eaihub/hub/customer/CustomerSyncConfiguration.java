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
    public ErpGateway erpGateway(LandscapeSystems systems, @Value("${eaihub.credentials.hub}") String password) {
        return new ErpGateway(URI.create(systems.systems().get("erp") + "/services/erp"), "hub", password);
    }

    @Bean
    public CrmClient crmClient(LandscapeSystems systems, @Value("${eaihub.credentials.hub}") String password) {
        return new CrmClient(systems.systems().get("crm"), "hub", password);
    }

    @Bean
    public RoutePauses routePauses(CamelContext camel) {
        return new RoutePauses(new RoutePauses.Control() {
            @Override
            public void suspend(String routeId) throws Exception {
                camel.getRouteController().suspendRoute(routeId, 10, TimeUnit.SECONDS);
            }

            /** Resumes only a suspended route: resuming a stopped one would start it behind the operator's back. */
            @Override
            public void resume(String routeId) throws Exception {
                if (camel.getRouteController().getRouteStatus(routeId) == ServiceStatus.Suspended) {
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
            DataSource dataSource, PlatformTransactionManager transactions) {
        return new CustomerRequestRoute(codec, service,
                processed(dataSource, transactions, CustomerRequestRoute.ROUTE_ID));
    }
}
