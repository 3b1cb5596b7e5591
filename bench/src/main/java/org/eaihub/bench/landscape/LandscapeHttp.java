package org.eaihub.bench.landscape;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP calls of the scenarios into a running landscape, as its administrator. */
public final class LandscapeHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningLandscape landscape;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public LandscapeHttp(RunningLandscape landscape) {
        this.landscape = landscape;
    }

    public HttpClient client() {
        return http;
    }

    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((landscape.adminUser() + ":" + landscape.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A GET as the administrator, with the given timeout. */
    public HttpRequest get(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).header("Authorization", authorization()).header("Accept", "application/json")
                .timeout(timeout).GET().build();
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A customer of the CRM's seed with the ids the other systems know it by. */
    public record SeededCustomer(String id, String erpNumber, String scmParty) {
    }

    /**
     * Seeded enterprise customers known to the ERP and the SCM, unblocked, with a credit limit of at least 100,000
     * and outside the seed's special cases (every 5th has an open invoice, every 97th a problem), up to {@code count}.
     */
    public List<SeededCustomer> creditworthyCustomers(int count) throws Exception {
        List<SeededCustomer> chosen = new ArrayList<>();
        for (int page = 0; chosen.size() < count && page < 20; page++) {
            HttpResponse<String> response = send(get(landscape.crmUrl().resolve("/api/customers?page=" + page
                    + "&size=100"), Duration.ofSeconds(20)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("CRM customers: " + response.statusCode() + " " + response.body());
            }
            for (JsonNode c : JSON.readTree(response.body()).path("content")) {
                String id = c.path("id").asText();
                int index = Integer.parseInt(id.substring(2));
                String erp = c.at("/crossReferences/erp").asText("");
                String scm = c.at("/crossReferences/scm").asText("");
                boolean good = "ENTERPRISE".equals(c.path("kind").asText()) && index % 5 != 0 && index % 97 != 0
                        && !c.at("/credit/blocked").asBoolean(false)
                        && c.at("/credit/limit").decimalValue().compareTo(BigDecimal.valueOf(100_000)) >= 0
                        && !erp.isEmpty() && !scm.isEmpty();
                if (good && chosen.size() < count) {
                    chosen.add(new SeededCustomer(id, erp, scm));
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalStateException("no creditworthy customer found in the CRM");
        }
        return chosen;
    }
}
