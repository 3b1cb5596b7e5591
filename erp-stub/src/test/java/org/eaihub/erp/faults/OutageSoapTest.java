package org.eaihub.erp.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.management.ObjectName;

import jakarta.xml.ws.WebServiceException;

import org.eaihub.config.outbox.OutboxRelay;
import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.common.Caller;
import org.eaihub.erp.customer.CustomerFields;
import org.eaihub.erp.customer.CustomerService;
import org.eaihub.erp.soap.api.CustomerGetDetail;
import org.eaihub.erp.soap.api.ErpPortType;
import org.eaihub.erp.ErpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Full outage: the port refuses connections, notifications stop, and both come back. */
class OutageSoapTest extends ErpIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private OutboxRelay relay;

    @Autowired
    private CustomerService customers;

    @AfterEach
    void dropConnectionsToTheClosedPort() {
        ErpClients.forgetCached();
    }

    private boolean refused() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2_000);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private boolean answers() {
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR("0010000001");
        try {
            return clients().fresh("hub").customerGetDetail(request).getCUSTOMER() != null;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void anOutageClosesThePortAndStopsNotificationsUntilEndedOverJmx() throws Exception {
        String customer = newCustomer("5000");
        notifications().next("CUSTOMER_CHANGED", customer);
        ErpPortType client = clients().fresh("hub");

        HttpResponse<String> asked = rest("POST", "/api/faults/outage", "operator", "{}");
        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(asked.body()).contains("endOutage");

        await().atMost(PATIENCE).until(this::refused);
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR(customer);
        assertThatThrownBy(() -> client.customerGetDetail(request))
                .isInstanceOf(WebServiceException.class)
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(ConnectException.class));
        assertThat(knobs.isOutage()).isTrue();
        assertThat(relay.isRunning()).as("notifications stopped").isFalse();

        // The ERP's own users keep working; what they change is notified once the outage is over.
        customers.change(customer, null, CustomerFields.builder().city("Xi'an").build(),
                new Caller("erpuser", null));
        assertThat(relay.pending()).isPositive();

        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(FaultKnobs.OBJECT_NAME), "endOutage",
                new Object[0], new String[0]);

        await().atMost(PATIENCE).until(this::answers);
        assertThat(knobs.isOutage()).isFalse();
        assertThat(relay.isRunning()).isTrue();
        String xml = notifications().next("CUSTOMER_CHANGED", customer).getText();
        assertThat(xml).contains("<ORT01>Xi'an</ORT01>", "<UNAME>ERPUSER</UNAME>");
        await().atMost(PATIENCE).until(() -> relay.pending() == 0);
    }

    @Test
    void anOutageWithADurationEndsByItself() throws Exception {
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(FaultKnobs.OBJECT_NAME), "startOutage",
                new Object[] {1_500L}, new String[] {long.class.getName()});

        assertThat(knobs.isOutage()).isTrue();
        assertThat(knobs.getOutageEndsAt()).isNotEmpty();
        await().atMost(PATIENCE).until(() -> refused() || !knobs.isOutage());
        await().atMost(PATIENCE).until(this::answers);
        assertThat(knobs.isOutage()).isFalse();
        assertThat(refused()).isFalse();
    }
}
