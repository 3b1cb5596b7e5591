package org.eaihub.scm.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eaihub.config.correlation.Correlation;
import org.eaihub.scm.AfterCommit;
import org.eaihub.scm.BusinessNumbers;
import org.eaihub.scm.ScmProperties;
import org.eaihub.scm.contract.EventBodies;
import org.eaihub.scm.contract.EventType;
import org.eaihub.scm.contract.ShipmentRequest;
import org.eaihub.scm.outbox.Outbox;
import org.eaihub.scm.reservation.Reservation;
import org.eaihub.scm.reservation.ReservationAllocation;
import org.eaihub.scm.reservation.ReservationLine;
import org.eaihub.scm.reservation.ReservationRepository;
import org.eaihub.scm.settings.RuntimeSettings;
import org.eaihub.scm.stock.ShipToPartyRepository;
import org.eaihub.scm.stock.StockCause;
import org.eaihub.scm.stock.StockChanges;
import org.eaihub.scm.stock.StockItem;
import org.eaihub.scm.stock.StockItemRepository;
import org.eaihub.scm.stock.StockLedger;
import org.eaihub.scm.stock.WarehouseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts shipment requests and moves shipments on. Acceptance consumes the held reservation (it can no longer
 * expire or be released) and plans one shipment per warehouse; the stock stays reserved until the shipment is
 * dispatched, when on hand and reserved drop together. Runs inside the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ShipmentService {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentService.class);

    /** What one warehouse ships of one order line. */
    private record Part(int lineNo, String sku, int quantity) {
    }

    private final ShipmentRepository shipments;
    private final ReservationRepository reservations;
    private final ShipToPartyRepository parties;
    private final WarehouseRepository warehouses;
    private final StockItemRepository stock;
    private final StockLedger ledger;
    private final Outbox outbox;
    private final BusinessNumbers numbers;
    private final RuntimeSettings settings;
    private final ScmProperties.Shipment carriers;
    private final Clock clock;

    public ShipmentService(ShipmentRepository shipments, ReservationRepository reservations,
            ShipToPartyRepository parties, WarehouseRepository warehouses, StockItemRepository stock,
            StockLedger ledger, Outbox outbox, BusinessNumbers numbers, RuntimeSettings settings,
            ScmProperties properties, Clock clock) {
        this.shipments = shipments;
        this.reservations = reservations;
        this.parties = parties;
        this.warehouses = warehouses;
        this.stock = stock;
        this.ledger = ledger;
        this.outbox = outbox;
        this.numbers = numbers;
        this.settings = settings;
        this.carriers = properties.shipment();
        this.clock = clock;
    }

    public void request(ShipmentRequest command) {
        Instant now = clock.instant();
        String serviceLevel = command.serviceLevel() == null ? Carriers.STANDARD : command.serviceLevel();
        if (!parties.existsById(command.shipToParty())) {
            reject(command, "UNKNOWN_SHIP_TO_PARTY");
            return;
        }
        Optional<String> carrier = Carriers.choose(command.carrier(), serviceLevel, carriers.standardCarrier(),
                carriers.expressCarrier());
        if (carrier.isEmpty()) {
            reject(command, "UNKNOWN_CARRIER");
            return;
        }
        Optional<Reservation> held = reservations.lockHeld(command.orderRef());
        if (held.isEmpty()) {
            reject(command, "NO_ACTIVE_RESERVATION");
            return;
        }
        Reservation reservation = held.get();
        Map<String, List<Part>> byWarehouse = new LinkedHashMap<>();
        warehouses.codesByPriority().forEach(w -> byWarehouse.put(w, new ArrayList<>()));
        for (ReservationLine line : reservation.getLines()) {
            for (ReservationAllocation allocation : line.getAllocations()) {
                byWarehouse.computeIfAbsent(allocation.getWarehouse(), w -> new ArrayList<>())
                        .add(new Part(line.getLineNo(), line.getSku(), allocation.getQuantity()));
            }
        }
        Instant dispatchDue = now.plus(settings.dispatchDelay());
        List<Shipment> planned = new ArrayList<>();
        byWarehouse.forEach((warehouse, lines) -> {
            if (lines.isEmpty()) {
                return;
            }
            BusinessNumbers.Number number = numbers.next(BusinessNumbers.Kind.SHIPMENT);
            Shipment shipment = new Shipment(number.value(), command.orderRef(), reservation.getId(),
                    command.requestId(), warehouse, carrier.get(),
                    Carriers.trackingNumber(carrier.get(), number.serial()), serviceLevel, command.shipToParty(),
                    Correlation.current(), now, dispatchDue);
            lines.forEach(p -> shipment.addLine(p.lineNo(), p.sku(), p.quantity()));
            planned.add(shipments.save(shipment));
        });
        reservation.markShipped(now, command.requestId());
        outbox.append(EventType.SHIPMENT_ACCEPTED, command.orderRef(), command.requestId(),
                new EventBodies.ShipmentPlan(command.orderRef(), reservation.getReservationId(), command.shipToParty(),
                        planned.stream().map(ShipmentService::summary).toList()));
        AfterCommit.run(() -> LOG.info("Order {} ships in {} shipment(s) from reservation {}", command.orderRef(),
                planned.size(),
                reservation.getReservationId()));
    }

    private void reject(ShipmentRequest command, String reason) {
        outbox.append(EventType.SHIPMENT_REJECTED, command.orderRef(), command.requestId(),
                new EventBodies.Refusal(command.orderRef(), reason));
        AfterCommit.run(() -> LOG.info("Shipment for order {} rejected: {}", command.orderRef(), reason));
    }

    /** Dispatches the shipment if it is planned and due; @return true if it was dispatched now. */
    public boolean dispatch(long id) {
        Instant now = clock.instant();
        Shipment shipment = shipments.lockById(id).orElse(null);
        if (shipment == null || !shipment.dispatchDue(now)) {
            return false;
        }
        try (Correlation.Scope scope = Correlation.open(shipment.getCorrelationId(),
                "scm:dispatch:" + shipment.getShipmentId())) {
            Set<String> skus = new LinkedHashSet<>();
            shipment.getLines().forEach(l -> skus.add(l.getSku()));
            Map<String, StockItem> rows = new HashMap<>();
            stock.lockBySkus(skus).stream().filter(i -> i.getWarehouse().equals(shipment.getWarehouse()))
                    .forEach(i -> rows.put(i.getSku(), i));
            StockChanges changes = StockChanges.forOrder(StockCause.DISPATCH, shipment.getOrderRef(), now);
            shipment.getLines().forEach(l -> changes.ship(rows.get(l.getSku()), l.getQuantity()));
            shipment.dispatch(now, now.plus(settings.deliveryDelay()));
            outbox.append(EventType.SHIPMENT_DISPATCHED, shipment.getOrderRef(), shipment.getRequestId(),
                    new EventBodies.ShipmentDispatch(shipment.getOrderRef(), shipment.getShipmentId(),
                            shipment.getWarehouse(), shipment.getCarrier(), shipment.getTrackingNumber(),
                            shipment.getDispatchedAt(), shipment.getDeliveryDueAt(), lines(shipment)));
            ledger.record(changes, shipment.getRequestId());
            AfterCommit.run(() -> LOG.info("Shipment {} of order {} dispatched from {}", shipment.getShipmentId(),
                    shipment.getOrderRef(),
                    shipment.getWarehouse()));
        }
        return true;
    }

    /** Delivers the shipment if it is dispatched and due; @return true if it was delivered now. */
    public boolean deliver(long id) {
        Instant now = clock.instant();
        Shipment shipment = shipments.lockById(id).orElse(null);
        if (shipment == null || !shipment.deliveryDue(now)) {
            return false;
        }
        try (Correlation.Scope scope = Correlation.open(shipment.getCorrelationId(),
                "scm:delivery:" + shipment.getShipmentId())) {
            shipment.deliver(now);
            outbox.append(EventType.SHIPMENT_DELIVERED, shipment.getOrderRef(), shipment.getRequestId(),
                    new EventBodies.ShipmentDelivery(shipment.getOrderRef(), shipment.getShipmentId(),
                            shipment.getWarehouse(), shipment.getCarrier(), shipment.getTrackingNumber(), now));
            AfterCommit.run(() -> LOG.info("Shipment {} of order {} delivered", shipment.getShipmentId(),
                    shipment.getOrderRef()));
        }
        return true;
    }

    static EventBodies.ShipmentSummary summary(Shipment s) {
        return new EventBodies.ShipmentSummary(s.getShipmentId(), s.getWarehouse(), s.getCarrier(),
                s.getTrackingNumber(), s.getServiceLevel(), s.getStatus().name(), s.getDispatchDueAt(), lines(s));
    }

    static List<EventBodies.ShipmentLine> lines(Shipment s) {
        return s.getLines().stream()
                .map(l -> new EventBodies.ShipmentLine(l.getLineNo(), l.getSku(), l.getQuantity())).toList();
    }
}
