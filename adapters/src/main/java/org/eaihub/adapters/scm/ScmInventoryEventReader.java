package org.eaihub.adapters.scm;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code InventoryChanged} and {@code ReplenishmentDemand} from the SCM's JSON, checking what the hub relies
 * on against the SCM's published schemas (required fields, patterns, minimums). Unknown fields are tolerated (a
 * newer minor version); another major {@code schemaVersion} is refused.
 */
public final class ScmInventoryEventReader {

    public static final String INVENTORY_CHANGED = "InventoryChanged";
    public static final String REPLENISHMENT_DEMAND = "ReplenishmentDemand";

    private static final int MAX_SIZE = 1 << 20;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern WAREHOUSE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
    private static final Pattern DEMAND = Pattern.compile("RD-[0-9]{9}");
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(65_536).build())
            .build());

    private ScmInventoryEventReader() {
    }

    /** The message type a record claims, from its JSON; null when the bytes are not a JSON object with a type. */
    public static String typeOf(byte[] value) {
        try {
            JsonNode node = value == null || value.length == 0 || value.length > MAX_SIZE ? null : JSON.readTree(value);
            return node != null && node.path("type").isTextual() ? node.path("type").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    public static ScmInventoryEvent read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new ScmEventException("empty-record", "empty record");
        }
        if (value.length > MAX_SIZE) {
            throw new ScmEventException("schema-violation", "record larger than " + MAX_SIZE + " bytes");
        }
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (IOException e) {
            throw new ScmEventException("unparsable-json", "not JSON: " + e.getClass().getSimpleName(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ScmEventException("unparsable-json", "not a JSON object");
        }
        String type = node.path("type").asText("");
        List<String> violations = new ArrayList<>();
        if (node.path("schemaVersion").asInt(-1) != 1) {
            violations.add("schemaVersion: const 1");
        }
        ScmInventoryEvent event = switch (type) {
            case INVENTORY_CHANGED -> new ScmInventoryEvent.InventoryChanged(
                    text(node, "eventId", EVENT_ID, violations), instant(node, violations),
                    text(node, "sku", SKU, violations), text(node, "warehouse", WAREHOUSE, violations),
                    number(node, "revision", 1, violations), number(node, "available", 0, violations),
                    number(node, "totalAvailable", 0, violations));
            case REPLENISHMENT_DEMAND -> new ScmInventoryEvent.ReplenishmentDemand(
                    text(node, "eventId", EVENT_ID, violations), instant(node, violations),
                    text(node, "demandId", DEMAND, violations), text(node, "sku", SKU, violations),
                    text(node, "warehouse", WAREHOUSE, violations), number(node, "quantity", 1, violations),
                    node.path("supplier").isTextual() ? node.path("supplier").asText() : null);
            default -> throw new ScmEventException("unexpected-message-type",
                    "type: not a message of " + ScmInventoryEvent.TOPIC);
        };
        if (!violations.isEmpty()) {
            throw new ScmEventException("schema-violation", type + ": " + String.join("; ", violations));
        }
        return event;
    }

    private static String text(JsonNode node, String field, Pattern pattern, List<String> violations) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            violations.add(field + ": required string");
            return null;
        }
        if (!pattern.matcher(value.asText()).matches()) {
            violations.add(field + ": pattern " + pattern.pattern());
            return null;
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field, long minimum, List<String> violations) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            violations.add(field + ": required integer");
            return 0;
        }
        if (value.asLong() < minimum) {
            violations.add(field + ": minimum " + minimum);
        }
        return value.asLong();
    }

    private static Instant instant(JsonNode node, List<String> violations) {
        JsonNode value = node.get("occurredAt");
        if (value == null || !value.isTextual()) {
            violations.add("occurredAt: required string");
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            violations.add("occurredAt: format date-time");
            return null;
        }
    }
}
