package org.eaihub.scm.shipment;

import java.time.Instant;
import java.util.List;

import org.eaihub.scm.contract.EventBodies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An order's shipments as the REST API shows them. */
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

    public List<ShipmentView> byOrder(String orderRef) {
        return shipments.findByOrderRefOrderByIdAsc(orderRef).stream()
                .map(s -> new ShipmentView(s.getShipmentId(), s.getOrderRef(), s.getRequestId(), s.getStatus().name(),
                        s.getWarehouse(), s.getCarrier(), s.getTrackingNumber(), s.getServiceLevel(),
                        s.getShipToParty(), s.getCreatedAt(), s.getDispatchDueAt(), s.getDispatchedAt(),
                        s.getDeliveryDueAt(), s.getDeliveredAt(), ShipmentService.lines(s)))
                .toList();
    }
}
