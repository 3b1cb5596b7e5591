package org.eaihub.hub.operations;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.eaihub.hub.operations.AuditEntry.Outcome;
import org.eaihub.hub.operations.JolokiaExecutions.Execution;
import org.junit.jupiter.api.Test;

class JolokiaExecutionsTest {

    private static final String ROUTE = "org.apache.camel:context=hub,type=routes,name=\"order-intake\"";

    @Test
    void aSingleExecIsPairedWithItsAnswer() {
        String request = "{\"type\":\"exec\",\"mbean\":\"" + ROUTE.replace("\"", "\\\"") + "\",\"operation\":\"suspend\"}";
        assertThat(JolokiaExecutions.of(request.getBytes(UTF_8), "{\"status\":200,\"value\":null}".getBytes(UTF_8)))
                .containsExactly(new Execution(ROUTE, "suspend", Outcome.OK));
    }

    @Test
    void aBulkRequestYieldsOnlyItsExecsEachWithItsOwnAnswer() {
        String request = "[{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\"},"
                + "{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=HotSpotDiagnostic\",\"operation\":\"dumpHeap\"},"
                + "{\"type\":\"EXEC\",\"mbean\":\"x:a=b\",\"operation\":\"resume\"}]";
        String response = "[{\"status\":200},{\"status\":403,\"error\":\"denied\"},{\"status\":500}]";
        assertThat(JolokiaExecutions.of(request.getBytes(UTF_8), response.getBytes(UTF_8))).containsExactly(
                new Execution("com.sun.management:type=HotSpotDiagnostic", "dumpHeap", Outcome.REFUSED),
                new Execution("x:a=b", "resume", Outcome.FAILED));
    }

    @Test
    void readsAndBodiesThatAreNotJsonYieldNothing() {
        assertThat(JolokiaExecutions.of("{\"type\":\"read\",\"mbean\":\"a:b=c\"}".getBytes(UTF_8), new byte[0]))
                .isEmpty();
        assertThat(JolokiaExecutions.of("not json".getBytes(UTF_8), new byte[0])).isEmpty();
        assertThat(JolokiaExecutions.of(new byte[0], new byte[0])).isEmpty();
    }

    @Test
    void anExecWithoutAnAnswerCountsAsFailed() {
        String request = "{\"type\":\"exec\",\"mbean\":\"a:b=c\",\"operation\":\"stop\"}";
        assertThat(JolokiaExecutions.of(request.getBytes(UTF_8), "oops".getBytes(UTF_8)))
                .containsExactly(new Execution("a:b=c", "stop", Outcome.FAILED));
    }

    @Test
    void aGetExecIsReadFromItsPath() {
        assertThat(JolokiaExecutions.ofPath("/actuator/jolokia/exec/a:b=c/stop", 200,
                "{\"status\":200}".getBytes(UTF_8))).containsExactly(new Execution("a:b=c", "stop", Outcome.OK));
        assertThat(JolokiaExecutions.ofPath("/actuator/jolokia/read/a:b=c/X", 200, new byte[0])).isEmpty();
    }
}
