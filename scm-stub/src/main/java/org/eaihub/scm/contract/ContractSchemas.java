package org.eaihub.scm.contract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published contract: one JSON Schema (draft 2020-12) per command and event, read from
 * {@code org/eaihub/scm/contract/<type>.schema.json}. The SCM validates every command against it before
 * acting on it; the tests validate every event it publishes. Formats ({@code date-time}) are asserted.
 */
public final class ContractSchemas {

    /** Classpath folder of the schema files, also served over HTTP under {@code /schemas/scm/}. */
    public static final String LOCATION = "org/eaihub/scm/contract/";

    private static final ContractSchemas INSTANCE = new ContractSchemas();

    private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();

    private ContractSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        for (CommandType type : CommandType.values()) {
            schemas.put(type.wireName(), load(factory, config, type.schemaFile()));
        }
        for (EventType type : EventType.values()) {
            schemas.put(type.wireName(), load(factory, config, type.schemaFile()));
        }
    }

    public static ContractSchemas instance() {
        return INSTANCE;
    }

    private static JsonSchema load(JsonSchemaFactory factory, SchemaValidatorsConfig config, String file) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + LOCATION + file), config);
        schema.initializeValidators();
        return schema;
    }

    /** The message types that have a schema, by their {@code type} value. */
    public java.util.Set<String> types() {
        return schemas.keySet();
    }

    /**
     * What is wrong with a message of the given type, one line per violation ("$.lines[0].quantity: must have
     * a minimum value of 1"); empty when it conforms.
     */
    public List<String> violations(String type, JsonNode message) {
        JsonSchema schema = Optional.ofNullable(schemas.get(type))
                .orElseThrow(() -> new IllegalArgumentException("No schema for message type " + type));
        return schema.validate(message).stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }
}
