package org.eaihub.hub.operations;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.hub.operations.AuditEntry.Outcome;

/**
 * The operations a Jolokia request asked to execute (what Hawtio's route control sends), paired with Jolokia's answer
 * to each, so that they can be audited like the operators' REST actions. Jolokia takes one request object or an array
 * of them (bulk) and answers in the same order; every request has a {@code type}, an exec one an {@code mbean} and an
 * {@code operation}, every answer a {@code status} (200, or 403 when the access policy refused it).
 */
public final class JolokiaExecutions {

    /** One executed (or refused) MBean operation. */
    public record Execution(String mbean, String operation, Outcome outcome) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JolokiaExecutions() {
    }

    /** The exec requests of a POST body with their outcomes; nothing for reads, or for a body that is not JSON. */
    public static List<Execution> of(byte[] requestBody, byte[] responseBody) {
        JsonNode requests = parse(requestBody);
        if (requests == null) {
            return List.of();
        }
        List<Integer> execs = new ArrayList<>();
        for (int i = 0; i < size(requests); i++) {
            if ("exec".equalsIgnoreCase(element(requests, i).path("type").asText())) {
                execs.add(i);
            }
        }
        if (execs.isEmpty()) {
            return List.of(); // reads, Hawtio's polling: their (large) answers are not parsed
        }
        JsonNode responses = parse(responseBody);
        List<Execution> executions = new ArrayList<>();
        for (int i : execs) {
            JsonNode request = element(requests, i);
            JsonNode response = responses == null ? null : element(responses, i);
            executions.add(new Execution(request.path("mbean").asText(""), request.path("operation").asText(""),
                    outcome(response)));
        }
        return executions;
    }

    /** The exec request of a GET path ({@code .../jolokia/exec/<mbean>/<operation>[/args]}), if it is one. */
    public static List<Execution> ofPath(String path, int httpStatus, byte[] responseBody) {
        int at = path.indexOf("/exec/");
        if (at < 0) {
            return List.of();
        }
        String[] parts = path.substring(at + "/exec/".length()).split("/", 3);
        String operation = parts.length > 1 ? parts[1] : "";
        JsonNode response = parse(responseBody);
        return List.of(new Execution(parts[0], operation,
                response == null ? (httpStatus < 300 ? Outcome.OK : Outcome.FAILED) : outcome(response)));
    }

    private static Outcome outcome(JsonNode response) {
        if (response == null || !response.has("status")) {
            return Outcome.FAILED;
        }
        int status = response.path("status").asInt();
        return status == 200 ? Outcome.OK : status == 403 ? Outcome.REFUSED : Outcome.FAILED;
    }

    private static int size(JsonNode node) {
        return node.isArray() ? node.size() : 1;
    }

    private static JsonNode element(JsonNode node, int i) {
        return node.isArray() ? node.path(i) : node;
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && (node.isObject() || node.isArray()) ? node : null;
        } catch (java.io.IOException notJson) {
            return null;
        }
    }
}
