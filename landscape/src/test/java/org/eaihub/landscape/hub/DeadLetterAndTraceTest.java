package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operators' view of failures and paths: dead letters browsed and replayed over REST, traces by correlation id. */
@ExtendWith(LandscapeFixture.class)
class DeadLetterAndTraceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LandscapeFixture landscape;

    DeadLetterAndTraceTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }



    private JsonNode get(String path, String user) throws Exception {
        var response = TestClients.get(landscape.url("hub").resolve(path), user, landscape.password(user));
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private int post(String path, String user, Object body) throws Exception {
        return TestClients.send(HttpRequest.newBuilder(landscape.url("hub").resolve(path))
                .header("Authorization", TestClients.basic(user, landscape.password(user)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))).statusCode();
    }

    private JsonNode deadLetter(String correlationId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            get("/api/dead-letters/DLQ.hub.in.order?max=1000", "operator")
                    .forEach(d -> {
                        if (correlationId.equals(d.path("properties").path("correlationId").asText())) {
                            found.add(d);
                        }
                    });
            return !found.isEmpty();
        });
        return found.get(0);
    }

    @Test
    void operatorsBrowseADeadLetterWithItsReasonAndReplayIt() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        String broken = HubMessages.order(correlationId).replace("\"currency\":\"", "\"currency\":\"x");
        HubMessages.send(landscape, "hub.in.order", "integration", broken, Map.of("correlationId", correlationId,
                "contentType", "application/json"));

        JsonNode letter = deadLetter(correlationId);
        assertThat(letter.path("originalQueue").asText()).isEqualTo("hub.in.order");
        assertThat(letter.path("reason").asText()).contains("currency");
        assertThat(letter.path("body").asText()).isEqualTo(broken);

        assertThat(post("/api/dead-letters/DLQ.hub.in.order/replay", "integration",
                Map.of("messageIds", List.of(letter.path("messageId").asText())))).as("not for clients").isEqualTo(403);
        assertThat(post("/api/dead-letters/DLQ.hub.in.order/replay", "operator",
                Map.of("messageIds", List.of(letter.path("messageId").asText())))).isEqualTo(200);

        JsonNode again = deadLetter(correlationId);
        assertThat(again.path("properties").path("replayCount").asText()).as("still broken, so back again")
                .isEqualTo("1");
        assertThat(again.path("properties").path("replayedBy").asText()).isEqualTo("operator");
    }

    @Test
    void aReplayedMessageThatIsFineNowGoesThrough() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        HubMessages.send(landscape, "DLQ.hub.in.order", "admin", HubMessages.order(correlationId),
                Map.of("correlationId", correlationId,
                "contentType", "application/json", "dlqOriginalQueue", "hub.in.order", "dlqReason", "ERP was down"));
        String messageId = deadLetter(correlationId).path("messageId").asText();

        assertThat(post("/api/dead-letters/DLQ.hub.in.order/replay", "operator",
                Map.of("messageIds", List.of(messageId)))).isEqualTo(200);

        // The order-to-cash saga consumes hub.order.intake at once, so the replayed message is followed by its
        // trace (written asynchronously, hence awaited) rather than by reading the queue behind the route.
        List<String> steps = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            steps.clear();
            get("/api/trace?correlationId=" + correlationId, "operator").forEach(t -> steps.add(
                    t.path("routeId").asText() + " " + t.path("outcome").asText() + " " + t.path("step").asText()));
            assertThat(steps).containsSubsequence("order-intake RECEIVED from",
                    "order-intake SENT jms://queue:hub.order.intake", "order-intake COMPLETED end");
        });
    }

    @Test
    void onlyDeadLetterQueuesCanBeBrowsed() throws Exception {
        var response = TestClients.get(landscape.url("hub").resolve("/api/dead-letters/hub.in.order"), "operator",
                landscape.password("operator"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestClients.get(URI.create(landscape.url("hub") + "/api/trace?correlationId=x"), "integration",
                landscape.password("integration")).statusCode()).isEqualTo(403);
    }
}
