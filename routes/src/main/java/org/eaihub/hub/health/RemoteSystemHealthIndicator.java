package org.eaihub.hub.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * A system of the landscape as the hub sees it: its own health endpoint, reached over HTTP. The system's
 * components (its database, its broker connection) become details, so that the hub's health is the one
 * place that shows every part of the landscape.
 */
public class RemoteSystemHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI healthUri;
    private final HttpClient client;
    private final ObjectMapper mapper;

    public RemoteSystemHealthIndicator(URI baseUri, HttpClient client, ObjectMapper mapper) {
        super("System health check failed");
        this.healthUri = baseUri.resolve("/actuator/health");
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(healthUri).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = mapper.readTree(response.body());
        builder.status(new Status(body.path("status").asText("UNKNOWN"))).withDetail("url", healthUri.toString());
        Map<String, String> components = new LinkedHashMap<>();
        body.path("components").properties()
                .forEach(e -> components.put(e.getKey(), e.getValue().path("status").asText()));
        if (!components.isEmpty()) {
            builder.withDetail("components", components);
        }
    }
}
