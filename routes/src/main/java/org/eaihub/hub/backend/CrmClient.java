package org.eaihub.hub.backend;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The hub's client of the CRM's REST API, as the hub's service account. Unreachable or 5xx answers are
 * {@link BackendUnavailableException}; 4xx answers are {@link BusinessFaultException}.
 */
public class CrmClient {

    public static final String BACKEND = "crm";

    private final RestClient rest;
    private final java.net.http.HttpClient probeClient;
    private final URI health;
    private BackendCircuit circuit;

    public CrmClient(URI baseUrl, String user, String password) {
        this(baseUrl, user, password, BackendTls.jvmDefault());
    }

    public CrmClient(URI baseUrl, String user, String password, BackendTls tls) {
        this.probeClient = tls.httpClient(java.time.Duration.ofSeconds(2));
        this.health = URI.create(baseUrl + "/actuator/health");
        this.rest = tls.restClient(baseUrl, user, password, java.time.Duration.ofSeconds(15));
    }

    /** The CRM customer that has this ERP number, if any. */
    public Optional<String> customerIdByErpNumber(String erpNumber) {
        JsonNode page = call(() -> rest.get().uri(u -> u.path("/api/customers").queryParam("q", erpNumber)
                .queryParam("includeMerged", "false").build()).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(JsonNode.class));
        for (JsonNode customer : page.path("content")) {
            if (erpNumber.equals(customer.at("/crossReferences/erp").asText(null))) {
                return Optional.of(customer.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** The CRM's view of one customer; empty when the CRM has no customer with this id. */
    public Optional<JsonNode> customer(String customerId) {
        try {
            return Optional.ofNullable(call(() -> rest.get().uri("/api/customers/{id}", customerId)
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class)));
        } catch (BusinessFaultException e) {
            if (e.getCause() instanceof RestClientResponseException refused && refused.getStatusCode().value() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One page of live customers, in id order (the hub's account sees every record). */
    public JsonNode customers(int page, int size) {
        return call(() -> rest.get().uri(u -> u.path("/api/customers").queryParam("page", page)
                .queryParam("size", size).build()).accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class));
    }

    public void setErpNumber(String customerId, String erpNumber) {
        call(() -> rest.put().uri("/api/customers/{id}/cross-references", customerId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("erpNumber", erpNumber))
                .retrieve().toBodilessEntity());
    }

    /** Mirrors the ERP's credit; a null grade or limit leaves it as it is. */
    public void updateCredit(String customerId, String grade, BigDecimal limit, String currency, boolean blocked) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grade", grade);
        body.put("limit", limit);
        body.put("currency", currency);
        body.put("blocked", blocked);
        call(() -> rest.put().uri("/api/customers/{id}/credit", customerId).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toBodilessEntity());
    }

    /** Records an order, invoice, payment or shipment in the customer's consumption history (idempotent by event id). */
    public void recordHistory(String customerId, String eventId, String kind, String reference, String status,
            BigDecimal amount, String currency, String sourceSystem, Instant occurredAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("kind", kind);
        body.put("reference", reference);
        body.put("status", status);
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("sourceSystem", sourceSystem);
        body.put("occurredAt", occurredAt);
        call(() -> rest.post().uri("/api/customers/{id}/history", customerId).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toBodilessEntity());
    }

    /**
     * Reports an order's status change (idempotent by event id); false when the CRM has no such order. The CRM answers 200 also for a report it did not
     * apply (repeated, out of order, not allowed): its history says which; the hub's saga is the authority.
     */
    public boolean reportOrderStatus(String orderNumber, Map<String, Object> report) {
        try {
            call(() -> rest.post().uri("/api/orders/{n}/status", orderNumber).contentType(MediaType.APPLICATION_JSON)
                    .body(report).retrieve().toBodilessEntity());
            return true;
        } catch (BusinessFaultException e) {
            if (e.getCause() instanceof RestClientResponseException refused && refused.getStatusCode().value() == 404) {
                return false;
            }
            throw e;
        }
    }

    public void setCircuit(BackendCircuit circuit) {
        this.circuit = circuit;
    }

    /** Whether the CRM answers its health endpoint, outside any message. */
    public boolean reachable() {
        try {
            return probeClient.send(java.net.http.HttpRequest.newBuilder(health).timeout(java.time.Duration.ofSeconds(3))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private <T> T call(java.util.function.Supplier<T> call) {
        return circuit == null ? classified(call) : circuit.call(() -> classified(call));
    }

    private static <T> T classified(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            throw new BackendUnavailableException(BACKEND, e);
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            if (status.is5xxServerError()) {
                throw new BackendUnavailableException(BACKEND, e);
            }
            throw new BusinessFaultException("CRM refused (" + status.value() + ")", e);
        }
    }

    // --- P7 flows: payments (ERP → CRM receivables) and available to promise (SCM → CRM)

    /** Records a payment the ERP received (idempotent by event id); a null invoice means paid on account. */
    public void recordPayment(String customerId, String eventId, String invoiceNumber, String paymentReference,
            BigDecimal amount, String currency, Instant paidAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        if (invoiceNumber != null) {
            body.put("invoiceNumber", invoiceNumber);
        }
        if (paymentReference != null) {
            body.put("paymentReference", paymentReference);
        }
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("paidAt", paidAt);
        body.put("sourceSystem", "ERP");
        call(() -> rest.post().uri("/api/customers/{id}/payments", customerId).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toBodilessEntity());
    }

    /**
     * Mirrors the SCM's figures for one SKU and one warehouse as of a time; the CRM keeps only newer figures, so a
     * late or repeated update changes nothing. True when the CRM's view changed.
     */
    public boolean updateAtp(String sku, Instant asOf, long totalAvailable, String warehouse, long available) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", asOf);
        body.put("totalAvailable", totalAvailable);
        body.put("warehouses", java.util.List.of(Map.of("warehouse", warehouse, "available", available)));
        JsonNode merged = call(() -> rest.put().uri("/api/atp/{sku}", sku).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class));
        return merged != null && merged.path("applied").asBoolean(false);
    }
}
