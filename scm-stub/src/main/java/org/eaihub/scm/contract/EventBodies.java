package org.eaihub.scm.contract;

import java.time.Instant;
import java.util.List;

/**
 * The content of each event, after the fields every event has ({@code type}, {@code schemaVersion},
 * {@code eventId}, {@code occurredAt}, {@code requestId}). Absent optional fields are left out of the JSON.
 * The JSON Schemas in {@code org/eaihub/scm/contract/} are the contract; these records only write it.
 */
public final class EventBodies {

    private EventBodies() {
    }

    /** Body of ReservationConfirmed, ReservationPartiallyConfirmed and ReservationRejected. */
    public record ReservationOutcome(String orderRef, String reservationId, String status, Instant expiresAt,
            String reason, List<ReservationLine> lines, Totals totals) {
    }

    /** What a line asked for and what it got, per warehouse. {@code reason} says why something is missing. */
    public record ReservationLine(int lineNo, String sku, int requested, int allocated, int unallocated,
            String reason, List<WarehouseQuantity> allocations) {
    }

    public record WarehouseQuantity(String warehouse, int quantity) {
    }

    public record Totals(int requested, int allocated) {
    }

    /** Body of ReservationReleased and ReservationExpired: what went back to stock. */
    public record ReservationClosed(String orderRef, String reservationId, String reason, Instant closedAt,
            List<ReleasedLine> lines) {
    }

    public record ReleasedLine(int lineNo, String sku, int released, List<WarehouseQuantity> allocations) {
    }

    /** Body of ReservationReleaseRejected and ShipmentRejected. */
    public record Refusal(String orderRef, String reason) {
    }

    /** Body of ShipmentAccepted: one shipment per warehouse that holds stock for the order. */
    public record ShipmentPlan(String orderRef, String reservationId, String shipToParty,
            List<ShipmentSummary> shipments) {
    }

    public record ShipmentSummary(String shipmentId, String warehouse, String carrier, String trackingNumber,
            String serviceLevel, String status, Instant plannedDispatchAt, List<ShipmentLine> lines) {
    }

    public record ShipmentLine(int lineNo, String sku, int quantity) {
    }

    /** Body of ShipmentDispatched. */
    public record ShipmentDispatch(String orderRef, String shipmentId, String warehouse, String carrier,
            String trackingNumber, Instant dispatchedAt, Instant expectedDeliveryAt, List<ShipmentLine> lines) {
    }

    /** Body of ShipmentDelivered. */
    public record ShipmentDelivery(String orderRef, String shipmentId, String warehouse, String carrier,
            String trackingNumber, Instant deliveredAt) {
    }

    /**
     * Body of InventoryChanged: the stock of one SKU in one warehouse after a change. {@code revision} grows by
     * one with every change of that stock row, so a consumer can drop an older snapshot that arrives late.
     */
    public record InventoryLevel(String sku, String warehouse, long revision, String cause, String orderRef,
            String pullListId, String receiptId, int onHand, int reserved, int available, int onHandDelta,
            int reservedDelta, int reorderPoint, boolean belowReorderPoint, int totalAvailable) {
    }

    /** Body of ReplenishmentDemand: order {@code quantity} to bring the stock up to reorder point + quantity. */
    public record Replenishment(String demandId, String sku, String warehouse, int available, int reorderPoint,
            int reorderQuantity, int quantity) {
    }
}
