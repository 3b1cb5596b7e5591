package org.eaihub.scm.shipment;

import java.time.Instant;
import java.util.List;

import org.eaihub.scm.contract.EventBodies;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An order's or a ship-to party's shipments as the REST API shows them. */
@Service
@Transactional(readOnly = true)
public class ShipmentLookup {

    public record ShipmentView(String shipmentId, String orderRef, String requestId, String status, String warehouse,
            String carrier, String trackingNumber, String serviceLevel, String shipToParty, Instant createdAt,
            Instant plannedDispatchAt, Instant dispatchedAt, Instant expectedDeliveryAt, Instant deliveredAt,
            List<EventBodies.ShipmentLine> lines) {
    }

    private final ShipmentRepository shipments;

    public ShipmentLookup(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    /** At most this many shipments per party in one answer. */
    public static final int MAX_PER_PARTY = 100;

    public List<ShipmentView> byOrder(String orderRef) {
        return shipments.findByOrderRefOrderByIdAsc(orderRef).stream().map(ShipmentLookup::view).toList();
    }

    /**
     * A ship-to party's shipments: when {@code open}, those not yet delivered (planned or dispatched), oldest first;
     * otherwise the latest ones, newest first. At most {@link #MAX_PER_PARTY}.
     */
    public List<ShipmentView> byShipToParty(String shipToParty, boolean open) {
        List<Shipment> found = open
                ? shipments.findByShipToPartyAndStatusInOrderByIdAsc(shipToParty,
                        List.of(Shipment.Status.PLANNED, Shipment.Status.DISPATCHED), Limit.of(MAX_PER_PARTY))
                : shipments.findByShipToPartyOrderByIdDesc(shipToParty, Limit.of(MAX_PER_PARTY));
        return found.stream().map(ShipmentLookup::view).toList();
    }

    private static ShipmentView view(Shipment s) {
        return new ShipmentView(s.getShipmentId(), s.getOrderRef(), s.getRequestId(), s.getStatus().name(),
                s.getWarehouse(), s.getCarrier(), s.getTrackingNumber(), s.getServiceLevel(),
                s.getShipToParty(), s.getCreatedAt(), s.getDispatchDueAt(), s.getDispatchedAt(),
                s.getDeliveryDueAt(), s.getDeliveredAt(), ShipmentService.lines(s));
    }
}
