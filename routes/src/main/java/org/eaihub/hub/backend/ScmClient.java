package org.eaihub.hub.backend;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The hub's client of the SCM's REST API (reads only; commands go over Kafka), as the hub's service account.
 * Unreachable or 5xx answers are {@link BackendUnavailableException}; 4xx answers are {@link BusinessFaultException}.
 * No circuit: no route waits for these reads.
 */
public class ScmClient {

    public static final String BACKEND = "scm";

    private final RestClient rest;

    public ScmClient(URI baseUrl, String user, String password, Duration readTimeout) {
        this(baseUrl, user, password, readTimeout, BackendTls.jvmDefault());
    }

    public ScmClient(URI baseUrl, String user, String password, Duration readTimeout, BackendTls tls) {
        this.rest = tls.restClient(baseUrl, user, password, readTimeout);
    }

    /** The ship-to party's shipments not yet delivered (planned or dispatched), oldest first; a JSON array. */
    public JsonNode openShipments(String shipToParty) {
        try {
            return rest.get().uri(u -> u.path("/api/shipments").queryParam("shipToParty", shipToParty)
                    .queryParam("open", "true").build()).accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(JsonNode.class);
        } catch (ResourceAccessException e) {
            throw new BackendUnavailableException(BACKEND, e);
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            if (status.is5xxServerError()) {
                throw new BackendUnavailableException(BACKEND, e);
            }
            throw new BusinessFaultException("SCM refused (" + status.value() + ")", e);
        }
    }
}
