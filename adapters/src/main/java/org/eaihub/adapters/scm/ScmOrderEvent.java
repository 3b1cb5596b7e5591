package org.eaihub.adapters.scm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A reservation or shipment event of the SCM, as far as an order's saga needs it.
 *
 * @param type          the SCM's event type ({@code ReservationConfirmed}, {@code ShipmentDispatched}, ...)
 * @param eventId       unique per event: what makes a re-published event harmless
 * @param requestId     the hub's command this event answers (absent on events the SCM raises itself)
 * @param orderRef      the order
 * @param reason        the SCM's reason code, if the event has one
 * @param shortfall     on a reservation: how many units could not be allocated, and why, per SKU (for the log of
 *                      the saga's steps)
 * @param shipments     on a shipment event: the shipments it names
 */
public record ScmOrderEvent(String type, String eventId, String requestId, String orderRef, String reason,
        String shortfall, List<ShipmentRef> shipments) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record ShipmentRef(String shipmentId, String warehouse, String carrier, String trackingNumber) {
    }

    /** Reads an event; fails with the field that is missing when it is not one the saga can use. */
    public static ScmOrderEvent read(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("SCM event: not JSON", e);
        }
        String type = required(node, "type");
        String eventId = required(node, "eventId");
        String orderRef = required(node, "orderRef");
        List<ShipmentRef> shipments = new ArrayList<>();
        if (node.has("shipments")) {
            for (JsonNode s : node.get("shipments")) {
                shipments.add(new ShipmentRef(required(s, "shipmentId"), s.path("warehouse").asText(null),
                        s.path("carrier").asText(null), s.path("trackingNumber").asText(null)));
            }
        } else if (node.has("shipmentId")) {
            shipments.add(new ShipmentRef(node.get("shipmentId").asText(), node.path("warehouse").asText(null),
                    node.path("carrier").asText(null), node.path("trackingNumber").asText(null)));
        }
        StringBuilder shortfall = new StringBuilder();
        for (JsonNode line : node.path("lines")) {
            int missing = line.path("unallocated").asInt(0);
            if (missing > 0) {
                if (!shortfall.isEmpty()) {
                    shortfall.append(", ");
                }
                shortfall.append(line.path("sku").asText()).append(' ').append(missing).append(' ')
                        .append(line.path("reason").asText(""));
            }
        }
        return new ScmOrderEvent(type, eventId, node.path("requestId").asText(null), orderRef,
                node.path("reason").asText(null), shortfall.isEmpty() ? null : shortfall.toString().trim(),
                List.copyOf(shipments));
    }

    /** The event's id, or null when the body is not an event (it then fails later, where it is dead-lettered). */
    public static String eventIdOrNull(byte[] body) {
        try {
            JsonNode id = JSON.readTree(body).get("eventId");
            return id == null || !id.isTextual() ? null : id.asText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("SCM event: field '" + field + "' is required");
        }
        return value.asText();
    }
}
