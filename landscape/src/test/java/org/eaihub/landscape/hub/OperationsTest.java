package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Connection;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.Format;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operating the hub: per-route metrics and the hub's gauges on Prometheus, route control by an operator with its
 * audit, the role checks, and the security alarm on repeated failed logins. Every route runs again at the end: the
 * landscape is shared by the other tests of this JVM.
 */
@ExtendWith(LandscapeFixture.class)
class OperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTE = "order-intake";
    private final LandscapeFixture landscape;

    OperationsTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return TestClients.get(landscape.url("hub").resolve(path), user, landscape.password(user));
    }

    private HttpResponse<String> post(String path, String user, String password, String body) throws Exception {
        return TestClients.send(HttpRequest.newBuilder(landscape.url("hub").resolve(path))
                .header("Authorization", TestClients.basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> post(String path, String user) throws Exception {
        return post(path, user, landscape.password(user), "{}");
    }

    private String prometheus() throws Exception {
        var response = get("/actuator/prometheus", "operator");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sum of a metric's samples whose line contains every given label. */
    private static double sample(String exposition, String metric, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) {
                continue;
            }
            boolean matches = true;
            for (String label : labels) {
                matches &= line.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    private JsonNode route(String routeId) throws Exception {
        var response = get("/api/routes/" + routeId, "operator");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void sendBrokenOrder() throws Exception {
        String order = new String(new CanonicalCodec().write(Fixtures.processOrder(), Format.JSON),
                StandardCharsets.UTF_8).replace("\"currency\":\"", "\"currency\":\"x");
        try (Connection connection = new ActiveMQConnectionFactory(landscape.coreUrl())
                .createConnection("integration", landscape.password("integration"))) {
            TestClients.sendText(connection, "hub.in.order", order, UUID.randomUUID().toString());
        }
    }

    @Test
    void prometheusShowsPerRouteMetricsAndTheDeadLetterQueueDepth() throws Exception {
        sendBrokenOrder();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            String metrics = prometheus();
            assertThat(sample(metrics, "camel_exchanges_total", "routeId=\"" + ROUTE + "\"")).isGreaterThan(0);
            assertThat(sample(metrics, "camel_exchanges_failed_total", "routeId=\"" + ROUTE + "\"")).isNotNaN();
            assertThat(sample(metrics, "camel_route_policy_seconds_count", "routeId=\"" + ROUTE + "\""))
                    .isGreaterThan(0);
            assertThat(metrics).contains("camel_route_policy_seconds_bucket{");
            assertThat(sample(metrics, "eaihub_dlq_depth", "queue=\"DLQ.hub.in.order\"")).isGreaterThanOrEqualTo(1);
            assertThat(sample(metrics, "eaihub_saga_orders", "state=\"COMPLETED\"")).isNotNaN();
            assertThat(metrics).contains("eaihub_reconciliation_drift{");
        });
    }

    @Test
    void anOperatorSuspendsAndResumesARouteAndBothAreAudited() throws Exception {
        JsonNode routes = JSON.readTree(get("/api/routes", "operator").body());
        List<String> ids = new ArrayList<>();
        routes.forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).contains(ROUTE, "customer-sync-to-erp");
        assertThat(route(ROUTE).path("from").asText()).contains("hub.in.order");

        try {
            var suspended = post("/api/routes/" + ROUTE + "/suspend", "operator");
            assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
            JsonNode view = route(ROUTE);
            assertThat(view.path("status").asText()).isEqualTo("Suspended");
            assertThat(view.path("heldBy").toString()).contains("operator");
        } finally {
            var resumed = post("/api/routes/" + ROUTE + "/resume", "operator");
            assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        }
        assertThat(route(ROUTE).path("status").asText()).isEqualTo("Started");

        JsonNode audit = JSON.readTree(get("/api/audit?max=100", "operator").body());
        List<String> entries = new ArrayList<>();
        audit.forEach(e -> entries.add(e.path("actor").asText() + " " + e.path("action").asText() + " "
                + e.path("target").asText() + " " + e.path("outcome").asText()));
        assertThat(entries).as("newest first").containsSubsequence("operator route.resume order-intake OK",
                "operator route.suspend order-intake OK");
        assertThat(audit.get(0).path("at").asText()).isNotBlank();
    }

    @Test
    void aReplayIsAudited() throws Exception {
        var replay = post("/api/dead-letters/DLQ.hub.in.order/replay", "operator", landscape.password("operator"),
                JSON.writeValueAsString(Map.of("messageIds", List.of("ID:" + UUID.randomUUID()))));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);

        JsonNode audit = JSON.readTree(get("/api/audit?max=20", "operator").body());
        List<String> entries = new ArrayList<>();
        audit.forEach(e -> entries.add(e.path("actor").asText() + " " + e.path("action").asText() + " "
                + e.path("target").asText() + " " + e.path("detail").asText()));
        assertThat(entries).anyMatch(e -> e.startsWith("operator dead-letter.replay DLQ.hub.in.order 0 of 1"));
    }

    @Test
    void integrationClientsMayNotControlRoutesReadTheAuditOrReplay() throws Exception {
        try {
            assertThat(post("/api/routes/" + ROUTE + "/suspend", "integration").statusCode()).isEqualTo(403);
            assertThat(post("/api/routes/" + ROUTE + "/stop", "crm-user").statusCode()).isEqualTo(403);
            assertThat(get("/api/routes", "integration").statusCode()).isEqualTo(403);
            assertThat(get("/api/audit?max=100", "integration").statusCode()).isEqualTo(403);
            assertThat(post("/api/dead-letters/DLQ.hub.in.order/replay", "integration",
                    landscape.password("integration"), "{\"all\":true}").statusCode()).isEqualTo(403);
            assertThat(route(ROUTE).path("status").asText()).isEqualTo("Started");
        } finally {
            if (!"Started".equals(route(ROUTE).path("status").asText())) {
                post("/api/routes/" + ROUTE + "/resume", "operator");
            }
        }
    }

    @Test
    void sixWrongPasswordsForOneAccountRaiseTheSecurityAlarm() throws Exception {
        String before = prometheus();
        double alarms = sample(before, "eaihub_security_alarms_total");
        double failures = sample(before, "eaihub_security_login_failures_total");
        assertThat(alarms).as("registered before any failure").isNotNaN();

        for (int i = 0; i < 6; i++) {
            assertThat(TestClients.get(landscape.url("hub").resolve("/api/routes"), "crm-user", "wrong-" + i)
                    .statusCode()).isEqualTo(401);
        }

        String after = prometheus();
        assertThat(sample(after, "eaihub_security_login_failures_total")).isGreaterThanOrEqualTo(failures + 6);
        assertThat(sample(after, "eaihub_security_alarms_total")).isEqualTo(alarms + 1);
    }
}
