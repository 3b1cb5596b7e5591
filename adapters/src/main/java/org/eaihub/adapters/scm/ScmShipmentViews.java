package org.eaihub.adapters.scm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.canonical.shipment.Shipment;
import org.eaihub.canonical.shipment.ShipmentLine;
import org.eaihub.canonical.shipment.ShipmentStatus;

/**
 * A shipment as the SCM's REST API shows it ({@code GET /api/shipments}), in the canonical form: PLANNED (accepted,
 * not yet handed over) is {@code REQUESTED}, DISPATCHED is {@code SHIPPED}, DELIVERED is {@code DELIVERED}; the
 * SCM's line number is the order line id, its pieces are {@code EA}.
 */
public final class ScmShipmentViews {

    private ScmShipmentViews() {
    }

    /** A JSON array of the SCM's shipment views. */
    public static List<Shipment> listToCanonical(JsonNode views) {
        List<Shipment> shipments = new ArrayList<>();
        for (JsonNode view : views) {
            shipments.add(toCanonical(view));
        }
        return shipments;
    }

    public static Shipment toCanonical(JsonNode view) {
        List<ShipmentLine> lines = new ArrayList<>();
        for (JsonNode line : view.path("lines")) {
            lines.add(new ShipmentLine(line.path("lineNo").asText(), line.path("sku").asText(),
                    BigDecimal.valueOf(line.path("quantity").asLong()), "EA"));
        }
        Instant expected = instant(view, "expectedDeliveryAt");
        return new Shipment(view.path("shipmentId").asText(), view.path("orderRef").asText(),
                status(view.path("status").asText()), text(view, "carrier"), text(view, "trackingNumber"),
                instant(view, "dispatchedAt"), expected == null ? null : expected.atOffset(ZoneOffset.UTC).toLocalDate(),
                null, lines);
    }

    static ShipmentStatus status(String scmStatus) {
        return switch (scmStatus) {
            case "PLANNED" -> ShipmentStatus.REQUESTED;
            case "DISPATCHED" -> ShipmentStatus.SHIPPED;
            case "DELIVERED" -> ShipmentStatus.DELIVERED;
            default -> throw new IllegalArgumentException("unknown SCM shipment status " + scmStatus);
        };
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
