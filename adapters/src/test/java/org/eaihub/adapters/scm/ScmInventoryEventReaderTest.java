package org.eaihub.adapters.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class ScmInventoryEventReaderTest {

    /** The SCM's published contract: each schema carries one example of its message. */
    private static byte[] example(String type) throws Exception {
        var schema = new ObjectMapper().readTree(Files.readAllBytes(
                Path.of("../scm-stub/src/main/resources/org/eaihub/scm/contract/" + type + ".schema.json")));
        return new ObjectMapper().writeValueAsBytes(schema.path("examples").get(0));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theContractsInventoryChangedExampleIsRead() throws Exception {
        var change = (ScmInventoryEvent.InventoryChanged) ScmInventoryEventReader.read(example("InventoryChanged"));

        assertThat(change.sku()).isEqualTo("SKU-00001");
        assertThat(change.warehouse()).isEqualTo("WH-SH");
        assertThat(change.available()).isEqualTo(103);
        assertThat(change.totalAvailable()).isEqualTo(388);
        assertThat(change.revision()).isEqualTo(12);
        assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-11-23T09:30:00.125Z"));
    }

    @Test
    void theContractsReplenishmentDemandExampleIsRead() throws Exception {
        var demand = (ScmInventoryEvent.ReplenishmentDemand) ScmInventoryEventReader.read(example("ReplenishmentDemand"));

        assertThat(demand.demandId()).isEqualTo("RD-000000003");
        assertThat(demand.quantity()).isEqualTo(107);
        assertThat(demand.supplier()).isNull();
        assertThat(ScmInventoryEventReader.typeOf(example("ReplenishmentDemand"))).isEqualTo("ReplenishmentDemand");
    }

    @Test
    void whatCannotBeUsedSaysWhyInTheScmsOwnWords() {
        assertThatThrownBy(() -> ScmInventoryEventReader.read(new byte[0]))
                .isInstanceOfSatisfying(ScmEventException.class, e -> assertThat(e.reason()).isEqualTo("empty-record"));
        assertThatThrownBy(() -> ScmInventoryEventReader.read(bytes("{\"type\":\"InventoryChanged\",\"sku")))
                .isInstanceOfSatisfying(ScmEventException.class, e -> assertThat(e.reason()).isEqualTo("unparsable-json"));
        assertThatThrownBy(() -> ScmInventoryEventReader.read(bytes("{\"type\":\"ShipmentDispatched\",\"schemaVersion\":1}")))
                .isInstanceOfSatisfying(ScmEventException.class,
                        e -> assertThat(e.reason()).isEqualTo("unexpected-message-type"));
        assertThatThrownBy(() -> ScmInventoryEventReader.read(bytes("{\"type\":\"InventoryChanged\",\"schemaVersion\":1,"
                + "\"eventId\":\"e-1\",\"occurredAt\":\"2026-11-23T09:30:00Z\",\"sku\":\"SKU 1\",\"warehouse\":\"WH-SH\","
                + "\"revision\":1,\"available\":-1,\"totalAvailable\":0}")))
                .isInstanceOfSatisfying(ScmEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo("schema-violation");
                    assertThat(e.getMessage()).contains("sku: pattern", "available: minimum 0").doesNotContain("SKU 1");
                });
    }

    @Test
    void aPullListIsWrittenAsTheContractSaysWithItsRequestIdFromItsId() throws Exception {
        byte[] json = PullListWriter.write("PL-1", "SUP-001", java.util.List.of(new PullListWriter.Line("SKU-00001",
                "WH-SH", 80)));
        var node = new ObjectMapper().readTree(json);
        assertThat(node.toString()).isEqualTo("{\"type\":\"PullList\",\"schemaVersion\":1,\"requestId\":\"REQ-PL-1\","
                + "\"pullListId\":\"PL-1\",\"supplier\":\"SUP-001\",\"lines\":[{\"sku\":\"SKU-00001\","
                + "\"warehouse\":\"WH-SH\",\"quantity\":80}]}");
    }
}
