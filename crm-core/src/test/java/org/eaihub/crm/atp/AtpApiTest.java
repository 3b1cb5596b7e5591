package org.eaihub.crm.atp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.crm.CrmApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class AtpApiTest extends CrmApiTestSupport {

    private static Map<String, Object> figures(String asOf, long total, String warehouse, long available) {
        return Map.of("asOf", asOf, "totalAvailable", total,
                "warehouses", List.of(Map.of("warehouse", warehouse, "available", available)));
    }

    @Test
    void theHubMirrorsTheScmsFiguresAndAnOlderFigureIsIgnored() {
        String sku = "SKU-ATP-" + unique();
        String path = "/api/atp/" + sku;

        var first = call("hub", HttpMethod.PUT, path, figures("2026-11-23T09:30:00Z", 388, "WH-SH", 103));
        assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(200);
        assertThat(first.getBody().path("applied").asBoolean()).isTrue();

        var older = call("hub", HttpMethod.PUT, path, figures("2026-11-23T09:29:00Z", 400, "WH-SH", 115));
        assertThat(older.getBody().path("applied").asBoolean()).isFalse();
        assertThat(older.getBody().at("/atp/totalAvailable").asLong()).isEqualTo(388);

        call("hub", HttpMethod.PUT, path, figures("2026-11-23T09:31:00Z", 390, "WH-BJ", 40));
        JsonNode atp = call("crm-user", HttpMethod.GET, path, null).getBody();
        assertThat(atp.path("totalAvailable").asLong()).isEqualTo(390);
        assertThat(atp.path("asOf").asText()).isEqualTo("2026-11-23T09:31:00Z");
        assertThat(atp.at("/warehouses/0/warehouse").asText()).isEqualTo("WH-BJ");
        assertThat(atp.at("/warehouses/1/available").asLong()).isEqualTo(103);

        JsonNode list = call("crm-user", HttpMethod.GET, "/api/atp?skus=" + sku + ",SKU-NEVER-SEEN", null).getBody();
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.at("/unknown/0").asText()).isEqualTo("SKU-NEVER-SEEN");
        assertThat(call("crm-user", HttpMethod.GET, "/api/atp/SKU-NEVER-SEEN", null).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void onlySystemsWriteAndTheFiguresAreValidated() {
        String path = "/api/atp/SKU-ATP-" + unique();
        assertThat(call("crm-user", HttpMethod.PUT, path, figures("2026-11-23T09:30:00Z", 1, "WH-SH", 1))
                .getStatusCode().value()).isEqualTo(403);
        var invalid = call("hub", HttpMethod.PUT, path, Map.of("totalAvailable", 1, "warehouses",
                List.of(Map.of("warehouse", "WH SH", "available", 1))));
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().path("errors").toString()).contains("asOf").contains("warehouses[0].warehouse");
        var twice = call("hub", HttpMethod.PUT, path, Map.of("asOf", "2026-11-23T09:30:00Z", "totalAvailable", 2,
                "warehouses", List.of(Map.of("warehouse", "WH-SH", "available", 1),
                        Map.of("warehouse", "WH-SH", "available", 1))));
        assertThat(twice.getBody().at("/errors/0/rule").asText()).isEqualTo("unique");
        assertThat(call("operator", HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(403);
    }
}
