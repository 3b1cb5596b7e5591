package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded Hawtio console and the Jolokia endpoint it drives: operators only, route control through the hub's
 * Camel MBeans audited like the REST route control, everything else an operator could do to the JVM or the broker
 * through JMX refused.
 */
@ExtendWith(LandscapeFixture.class)
class HawtioConsoleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTE_MBEAN = "org.apache.camel:context=hub,type=routes,name=\"customer-requests\"";
    private final LandscapeFixture landscape;

    HawtioConsoleTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    private HttpResponse<String> jolokia(String user, JsonNode request) throws Exception {
        return TestClients.send(HttpRequest.newBuilder(landscape.url("hub").resolve("/actuator/jolokia"))
                .header("Authorization", TestClients.basic(user, landscape.password(user)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
    }

    private JsonNode jolokiaAsOperator(JsonNode request) throws Exception {
        HttpResponse<String> response = jolokia("operator", request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static ObjectNode exec(String mbean, String operation) {
        return JSON.createObjectNode().put("type", "exec").put("mbean", mbean).put("operation", operation);
    }

    private String routeState() throws Exception {
        JsonNode answer = jolokiaAsOperator(JSON.createObjectNode().put("type", "read").put("mbean", ROUTE_MBEAN)
                .put("attribute", "State"));
        assertThat(answer.path("status").asInt()).as(answer.toString()).isEqualTo(200);
        return answer.path("value").asText();
    }

    @Test
    void anOperatorOpensHawtio() throws Exception {
        HttpResponse<String> page = TestClients.get(landscape.url("hub").resolve("/actuator/hawtio/index.html"),
                "operator", landscape.password("operator"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("hawtio");
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "crm-user"})
    void otherRolesCannotOpenHawtioOrJolokia(String user) throws Exception {
        assertThat(TestClients.get(landscape.url("hub").resolve("/actuator/hawtio/index.html"), user,
                landscape.password(user)).statusCode()).isEqualTo(403);
        assertThat(jolokia(user, exec(ROUTE_MBEAN, "suspend")).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutCredentialsHawtioAsksForThem() throws Exception {
        HttpResponse<String> page = TestClients.send(HttpRequest.newBuilder(
                landscape.url("hub").resolve("/actuator/hawtio/index.html")).GET());
        assertThat(page.statusCode()).isEqualTo(401);
    }

    @Test
    void anOperatorSuspendsAndResumesARouteThroughJolokiaAndBothAreAudited() throws Exception {
        assertThat(routeState()).isEqualTo("Started");
        try {
            assertThat(jolokiaAsOperator(exec(ROUTE_MBEAN, "suspend()")).path("status").asInt()).isEqualTo(200);
            assertThat(routeState()).isEqualTo("Suspended");
        } finally {
            assertThat(jolokiaAsOperator(exec(ROUTE_MBEAN, "resume()")).path("status").asInt()).isEqualTo(200);
        }
        assertThat(routeState()).isEqualTo("Started");

        JsonNode audit = JSON.readTree(TestClients.get(landscape.url("hub").resolve("/api/audit?max=50"), "operator",
                landscape.password("operator")).body());
        assertThat(audit.findValuesAsText("detail")).contains("suspend()", "resume()");
        boolean suspendAudited = false;
        for (JsonNode entry : audit) {
            if ("jmx.exec".equals(entry.path("action").asText()) && "suspend()".equals(entry.path("detail").asText())) {
                assertThat(entry.path("actor").asText()).isEqualTo("operator");
                assertThat(entry.path("target").asText()).isEqualTo(ROUTE_MBEAN);
                assertThat(entry.path("outcome").asText()).isEqualTo("OK");
                suspendAudited = true;
            }
        }
        assertThat(suspendAudited).as("a jmx.exec suspend entry in %s", audit).isTrue();
    }

    @Test
    void jolokiaRefusesWhatIsNotRouteControlEvenToOperators() throws Exception {
        JsonNode heapDump = jolokiaAsOperator(exec("com.sun.management:type=HotSpotDiagnostic", "dumpHeap")
                .set("arguments", JSON.createArrayNode().add("/tmp/eaihub-heap.hprof").add(true)));
        assertThat(heapDump.path("status").asInt()).as(heapDump.toString()).isEqualTo(403);

        JsonNode brokerPurge = jolokiaAsOperator(exec("org.apache.activemq.artemis:broker=\"*\"", "deleteAddress")
                .set("arguments", JSON.createArrayNode().add("hub.in.order")));
        assertThat(brokerPurge.path("status").asInt()).as(brokerPurge.toString()).isEqualTo(403);

        JsonNode write = jolokiaAsOperator(JSON.createObjectNode().put("type", "write")
                .put("mbean", "java.lang:type=Memory").put("attribute", "Verbose").put("value", true));
        assertThat(write.path("status").asInt()).as(write.toString()).isEqualTo(403);
    }
}
