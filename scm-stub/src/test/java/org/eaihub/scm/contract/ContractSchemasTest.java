package org.eaihub.scm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** The published contract is complete and consistent: catalog, schema files, their examples and the code. */
class ContractSchemasTest {

    private static JsonNode resource(String file) throws IOException {
        try (InputStream in = ContractSchemasTest.class.getClassLoader()
                .getResourceAsStream(ContractSchemas.LOCATION + file)) {
            assertThat(in).as(file).isNotNull();
            return ContractJson.mapper().readTree(in);
        }
    }

    @Test
    void theCatalogNamesEveryTopicAndTypeTheCodeKnows() throws IOException {
        JsonNode topics = resource("catalog.json").path("topics");
        Set<String> catalogued = new HashSet<>();
        for (CommandType type : CommandType.values()) {
            assertThat(topics.path(type.topic()).path("messages").toString()).contains("\"" + type.wireName() + "\"");
            catalogued.add(type.wireName());
        }
        for (EventType type : EventType.values()) {
            assertThat(topics.path(type.topic()).path("messages").toString()).as(type.wireName())
                    .contains("\"" + type.wireName() + "\"");
            catalogued.add(type.wireName());
        }
        List<String> listed = new ArrayList<>();
        topics.forEach(t -> t.path("messages").forEach(m -> listed.add(m.asText())));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(catalogued);
        assertThat(ContractSchemas.instance().types()).containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void everySchemaIsDraft202012AndItsExampleConformsToIt() throws IOException {
        for (String type : ContractSchemas.instance().types()) {
            JsonNode schema = resource(type + ".schema.json");
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("properties").path("type").path("const").asText()).isEqualTo(type);
            assertThat(schema.path("examples")).as(type + " has an example").hasSize(1);
            assertThat(ContractSchemas.instance().violations(type, schema.path("examples").get(0))).as(type).isEmpty();
        }
    }

    @Test
    void aMessageMissingTheCommonFieldsIsRefused() throws IOException {
        JsonNode example = resource("InventoryChanged.schema.json").path("examples").get(0);
        var broken = example.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("eventId");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("occurredAt", "yesterday");

        assertThat(ContractSchemas.instance().violations("InventoryChanged", broken))
                .anySatisfy(v -> assertThat(v).contains("eventId"))
                .anySatisfy(v -> assertThat(v).contains("occurredAt"));
    }
}
