package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.eaihub.config.seed.SeedData;
import org.eaihub.landscape.Landscape;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.LandscapeProcess;
import org.junit.jupiter.api.Test;

/**
 * Order-to-cash under a real process death, then at volume. The broker, Kafka, the CRM and the stubs run in this
 * JVM; the hub runs the packaged jar in its own JVM on PostgreSQL and halts (as under SIGKILL) right after the
 * first order's RESERVED step committed, before it asked the SCM to ship. Restarted, it finishes that order once.
 * Then 1,000 orders ({@code -Psoak}; 40 in CI) from 50 customers run through the same hub: every one ends COMPLETED, REJECTED or CANCELLED,
 * and the ERP's orders and invoices and the SCM's reservations agree with those ends.
 */
class OrderToCashCrashIT {

    /** CI runs 40 orders (a bounded run that keeps CI short on 2 cores); {@code -Psoak} runs the full 1,000. */
    private static final int ORDERS = Integer.getInteger("eaihub.soak.orders", 40);

    @Test
    void aSagaInterruptedBetweenTwoStepsCompletesOnceAndAStreamOfOrdersAllEndConsistently() throws Exception {
        LandscapeFixture.usePasswords();
        Path dataDir = LandscapeFixture.newDataDir();
        try (Landscape rest = Landscape.start(LandscapeFixture.arguments(dataDir, "--eaihub.parts=broker,kafka,crm,erp,scm"));
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            OrderFlows flows = new OrderFlows(URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT),
                    URI.create("http://127.0.0.1:" + LandscapeFixture.CRM_PORT),
                    URI.create("http://127.0.0.1:" + LandscapeFixture.ERP_PORT),
                    URI.create("http://127.0.0.1:" + LandscapeFixture.SCM_PORT), LandscapeFixture::passwordOf);
            flows.scmDelays(300, 60_000);
            Map<String, String> environment = Map.of(
                    "SPRING_PROFILES_ACTIVE", "external",
                    "EAIHUB_BROKER_URL", "tcp://127.0.0.1:" + LandscapeFixture.CORE_PORT,
                    "EAIHUB_KAFKA_BOOTSTRAP", "127.0.0.1:" + LandscapeFixture.KAFKA_PORT,
                    "EAIHUB_KAFKA_REPLICATION", "1",
                    "EAIHUB_DB_HUB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "EAIHUB_DB_HUB_USER", "postgres",
                    "EAIHUB_DB_HUB_PASSWORD", "postgres");
            URI health = URI.create("http://127.0.0.1:" + LandscapeFixture.HUB_PORT + "/actuator/health");
            List<String> customers = OrderFlows.creditworthy(50);
            List<String> skus = OrderFlows.cheapSkus().subList(0, 20);

            String first;
            Path doomedLog = dataDir.resolveSibling(dataDir.getFileName() + "-hub-doomed.log");
            try (LandscapeProcess doomed = LandscapeProcess.start(doomedLog, environment, List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub",
                            "--eaihub.hub.order.crash-after-step=RESERVED"))) {
                doomed.awaitHealthy(health, Duration.ofSeconds(120));
                first = flows.capture(customers.get(0), skus.get(0), 1);
                assertThat(doomed.awaitExit(Duration.ofSeconds(90))).as("halted after RESERVED").isEqualTo(137);
            }

            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-hub.log");
            try (LandscapeProcess hub = LandscapeProcess.start(log, environment, List.of(),
                    LandscapeFixture.arguments(dataDir, "--eaihub.parts=hub"))) {
                hub.awaitHealthy(health, Duration.ofSeconds(120));
                JsonNode done = flows.awaitState(first, Duration.ofSeconds(120), "COMPLETED", "REJECTED", "CANCELLED");
                assertThat(done.path("sagaState").asText()).as(done.toString()).isEqualTo("COMPLETED");
                List<String> steps = OrderFlows.steps(done);
                assertThat(steps.stream().filter("RESERVED"::equals).count()).isEqualTo(1);
                assertThat(steps.stream().filter("SHIPMENT_REQUESTED"::equals).count()).isEqualTo(1);
                assertThat(steps.stream().filter("GOODS_ISSUE_POSTED"::equals).count()).isEqualTo(1);
                JsonNode reservations = flows.scmReservations(first);
                assertThat(reservations).hasSize(1);
                assertThat(reservations.get(0).path("status").asText()).isEqualTo("SHIPPED");
                assertThat(flows.crmOrder(first).path("status").asText()).isEqualTo("COMPLETED");

                thousandOrders(flows, customers, skus);
            }
        }
    }

    private void thousandOrders(OrderFlows flows, List<String> customers, List<String> skus) throws Exception {
        Map<String, String> erpNumbers = new HashMap<>();
        SeedData.customers().forEach(c -> erpNumbers.put(c.crmId(), c.erpNumber()));
        int[] before = new int[2];
        for (String customer : customers) {
            int[] counts = flows.erpOrderCounts(erpNumbers.get(customer));
            before[0] += counts[0];
            before[1] += counts[1];
        }

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> captured = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String customer = customers.get(i % customers.size());
            String sku = skus.get(i % skus.size());
            captured.add(clients.submit(() -> flows.capture(customer, sku, 1 + (customer.hashCode() & 1))));
        }
        List<String> orders = new ArrayList<>();
        for (Future<String> f : captured) {
            orders.add(f.get());
        }
        clients.shutdown();

        Map<String, JsonNode> ends = new java.util.concurrent.ConcurrentHashMap<>();
        Set<String> open = Collections.synchronizedSet(new HashSet<>(orders));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(5)).until(() -> {
            for (String order : List.copyOf(open)) {
                JsonNode tracking = flows.tracking(order);
                if (tracking != null && OrderFlows.TERMINAL.contains(tracking.path("sagaState").asText())) {
                    ends.put(order, tracking);
                    open.remove(order);
                }
            }
            return open.isEmpty();
        });

        int completed = 0;
        int withErpOrder = 0;
        int erpCancelled = 0;
        Set<String> invoices = new HashSet<>();
        Set<String> erpOrders = new HashSet<>();
        for (String order : orders) {
            JsonNode end = ends.get(order);
            String state = end.path("sagaState").asText();
            String erpOrder = end.path("erpOrderNumber").asText(null);
            JsonNode reservations = flows.scmReservations(order);
            long shipped = 0;
            for (JsonNode r : reservations) {
                assertThat(r.path("status").asText()).as(order + " holds no stock at its end").isNotEqualTo("HELD");
                if ("SHIPPED".equals(r.path("status").asText())) {
                    shipped++;
                }
            }
            if (erpOrder != null) {
                withErpOrder++;
                assertThat(erpOrders.add(erpOrder)).as("one ERP order per order").isTrue();
                var detail = flows.erpOrder(erpOrder);
                assertThat(detail.getBSTKD()).isEqualTo(order);
                if (detail.getABGRU() != null) {
                    erpCancelled++;
                }
            }
            if ("COMPLETED".equals(state)) {
                completed++;
                assertThat(shipped).as(order + " shipped once").isEqualTo(1);
                assertThat(invoices.add(end.path("invoiceNumber").asText())).as("one invoice per order").isTrue();
                assertThat(flows.erpOrder(erpOrder).getVBELNVF()).isEqualTo(end.path("invoiceNumber").asText());
            } else {
                assertThat(shipped).as(order + " " + state + " shipped nothing").isZero();
                if (erpOrder != null) {
                    assertThat(flows.erpOrder(erpOrder).getABGRU()).as(order + " cancelled in the ERP").isNotNull();
                }
            }
        }
        int[] after = new int[2];
        for (String customer : customers) {
            int[] counts = flows.erpOrderCounts(erpNumbers.get(customer));
            after[0] += counts[0];
            after[1] += counts[1];
        }
        assertThat(completed).as("most orders complete").isGreaterThan(ORDERS / 2);
        assertThat(invoices).hasSize(completed);
        assertThat(after[0] - before[0]).as("ERP orders created and kept").isEqualTo(withErpOrder - erpCancelled);
        assertThat(after[1] - before[1]).as("ERP orders cancelled").isEqualTo(erpCancelled);
    }
}
