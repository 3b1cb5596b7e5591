package org.eaihub.adapters.scm;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;

/**
 * Builds the SCM's commands (schema version 1, see the SCM's {@code /schemas/scm/catalog.json}). Every command
 * carries a request id the caller derives from the order and the step, so that a command sent twice (a retry
 * after a crash) is recognised by the SCM and answered once.
 */
public final class ScmCommands {

    public static final String RESERVATION_REQUESTS = "scm.reservation.requests";
    public static final String RESERVATION_RELEASES = "scm.reservation.releases";
    public static final String SHIPMENT_REQUESTS = "scm.shipment.requests";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScmCommands() {
    }

    /** Reserve the order's lines; partial allocations are reported (and held) so the hub can apply its policy. */
    public static String reservationRequest(String requestId, SalesOrder order, String shipToParty, int holdSeconds) {
        ObjectNode command = command("ReservationRequest", requestId, order.salesOrderId());
        if (shipToParty != null) {
            command.put("shipToParty", shipToParty);
        }
        command.put("holdSeconds", holdSeconds);
        command.put("allowPartial", true);
        ArrayNode lines = command.putArray("lines");
        List<SalesOrderLine> orderLines = order.lines();
        for (int i = 0; i < orderLines.size(); i++) {
            SalesOrderLine line = orderLines.get(i);
            lines.addObject().put("lineNo", i + 1).put("sku", line.sku())
                    .put("quantity", line.quantity().intValueExact());
        }
        return command.toString();
    }

    public static String reservationRelease(String requestId, String orderRef, String reason) {
        return command("ReservationRelease", requestId, orderRef).put("reason", reason).toString();
    }

    public static String shipmentRequest(String requestId, String orderRef, String shipToParty) {
        return command("ShipmentRequest", requestId, orderRef).put("shipToParty", shipToParty)
                .put("serviceLevel", "STANDARD").toString();
    }

    private static ObjectNode command(String type, String requestId, String orderRef) {
        ObjectNode command = JSON.createObjectNode();
        command.put("type", type);
        command.put("schemaVersion", 1);
        command.put("requestId", requestId);
        command.put("orderRef", orderRef);
        return command;
    }
}
