package org.eaihub.scm.reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eaihub.config.correlation.Correlation;
import org.eaihub.scm.AfterCommit;
import org.eaihub.scm.BusinessNumbers;
import org.eaihub.scm.contract.EventBodies;
import org.eaihub.scm.contract.EventType;
import org.eaihub.scm.contract.ReservationRelease;
import org.eaihub.scm.contract.ReservationRequest;
import org.eaihub.scm.outbox.Outbox;
import org.eaihub.scm.settings.RuntimeSettings;
import org.eaihub.scm.stock.ProductRepository;
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
 * Reserves, releases and expires. Every method runs inside the caller's transaction (the command's, or the
 * expiry job's) and writes its events to the outbox there; locks are taken reservation first, then stock rows.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReservationService {

    static final String ALREADY_RESERVED = "ALREADY_RESERVED";
    static final String NO_ACTIVE_RESERVATION = "NO_ACTIVE_RESERVATION";

    private static final Logger LOG = LoggerFactory.getLogger(ReservationService.class);

    private final ReservationRepository reservations;
    private final StockItemRepository stock;
    private final ProductRepository products;
    private final WarehouseRepository warehouses;
    private final StockLedger ledger;
    private final Outbox outbox;
    private final BusinessNumbers numbers;
    private final RuntimeSettings settings;
    private final Clock clock;

    public ReservationService(ReservationRepository reservations, StockItemRepository stock,
            ProductRepository products, WarehouseRepository warehouses, StockLedger ledger, Outbox outbox,
            BusinessNumbers numbers, RuntimeSettings settings, Clock clock) {
        this.reservations = reservations;
        this.stock = stock;
        this.products = products;
        this.warehouses = warehouses;
        this.ledger = ledger;
        this.outbox = outbox;
        this.numbers = numbers;
        this.settings = settings;
        this.clock = clock;
    }

    public void request(ReservationRequest command) {
        Instant now = clock.instant();
        Reservation reservation = new Reservation(numbers.next(BusinessNumbers.Kind.RESERVATION).value(),
                command.orderRef(), command.requestId(), command.partialAllowed(), command.shipToParty(),
                Correlation.current(), now);
        List<Allocator.Line> lines = command.lines().stream()
                .map(l -> new Allocator.Line(l.lineNo(), l.sku(), l.quantity())).toList();

        if (reservations.lockHeld(command.orderRef()).isPresent()) {
            reject(reservation, lines, null, ALREADY_RESERVED);
            return;
        }
        Set<String> skus = new LinkedHashSet<>();
        lines.forEach(l -> skus.add(l.sku()));
        Set<String> known = products.knownSkus(skus);
        Map<String, StockItem> rows = new HashMap<>();
        Map<String, Map<String, Integer>> available = new HashMap<>();
        if (!known.isEmpty()) {
            for (StockItem item : stock.lockBySkus(known)) {
                rows.put(item.getSku() + "@" + item.getWarehouse(), item);
                available.computeIfAbsent(item.getSku(), s -> new HashMap<>())
                        .put(item.getWarehouse(), item.available());
            }
        }
        known.forEach(sku -> available.computeIfAbsent(sku, s -> new HashMap<>()));
        Allocator.Plan plan = Allocator.allocate(lines, available, warehouses.codesByPriority());

        if (!plan.allocatesAnything() || (!command.partialAllowed() && !plan.complete())) {
            reject(reservation, lines, plan, plan.anyUnknownSku() ? "UNKNOWN_SKU" : "INSUFFICIENT_STOCK");
            return;
        }
        StockChanges changes = StockChanges.forOrder(StockCause.RESERVATION, command.orderRef(), now);
        for (Allocator.LineResult result : plan.lines()) {
            ReservationLine line = new ReservationLine(result.lineNo(), result.sku(), result.requested(),
                    result.shortage() == null ? null : result.shortage().name());
            for (Allocator.Allocation allocation : result.allocations()) {
                changes.reserve(rows.get(result.sku() + "@" + allocation.warehouse()), allocation.quantity());
                line.allocate(allocation.warehouse(), allocation.quantity());
            }
            reservation.addLine(line);
        }
        reservation.hold(ReservationHold.expiresAt(now, command.holdSeconds(), settings.defaultReservationHold()));
        reservations.save(reservation);
        EventType type = plan.complete() ? EventType.RESERVATION_CONFIRMED : EventType.RESERVATION_PARTIALLY_CONFIRMED;
        outbox.append(type, command.orderRef(), command.requestId(), outcome(reservation));
        ledger.record(changes, command.requestId());
        AfterCommit.run(() -> LOG.info("Reservation {} for order {}: {} ({} of {} allocated)",
                reservation.getReservationId(),
                command.orderRef(), type.wireName(), totals(reservation).allocated(), totals(reservation).requested()));
    }

    private void reject(Reservation reservation, List<Allocator.Line> lines, Allocator.Plan plan, String reason) {
        for (Allocator.Line line : lines) {
            String lineReason = null;
            if (plan != null) {
                Allocator.LineResult result = plan.lines().stream().filter(r -> r.lineNo() == line.lineNo())
                        .findFirst().orElseThrow();
                lineReason = result.shortage() == null ? null : result.shortage().name();
            }
            reservation.addLine(new ReservationLine(line.lineNo(), line.sku(), line.quantity(), lineReason));
        }
        reservation.reject(reason);
        reservations.save(reservation);
        outbox.append(EventType.RESERVATION_REJECTED, reservation.getOrderRef(), reservation.getRequestId(),
                outcome(reservation));
        AfterCommit.run(() -> LOG.info("Reservation {} for order {} rejected: {}", reservation.getReservationId(),
                reservation.getOrderRef(), reason));
    }

    public void release(ReservationRelease command) {
        Instant now = clock.instant();
        var held = reservations.lockHeld(command.orderRef());
        if (held.isEmpty()) {
            outbox.append(EventType.RESERVATION_RELEASE_REJECTED, command.orderRef(), command.requestId(),
                    new EventBodies.Refusal(command.orderRef(), NO_ACTIVE_RESERVATION));
            AfterCommit.run(() -> LOG.info("Nothing to release for order {}", command.orderRef()));
            return;
        }
        Reservation reservation = held.get();
        StockChanges changes = returnToStock(reservation, StockCause.RELEASE, now);
        reservation.close(Reservation.Status.RELEASED, now, command.requestId(), command.reason());
        outbox.append(EventType.RESERVATION_RELEASED, command.orderRef(), command.requestId(), closed(reservation));
        ledger.record(changes, command.requestId());
        AfterCommit.run(() -> LOG.info("Reservation {} for order {} released", reservation.getReservationId(),
                command.orderRef()));
    }

    /**
     * Expires the reservation if it is still held and due. Its events carry the request id of the reservation
     * request, the command they go back to.
     *
     * @return true if it expired now
     */
    public boolean expire(long id) {
        Instant now = clock.instant();
        Reservation reservation = reservations.lockById(id).orElse(null);
        if (reservation == null || !ReservationHold.isDue(reservation.getStatus(), reservation.getExpiresAt(), now)) {
            return false;
        }
        try (Correlation.Scope scope = Correlation.open(reservation.getCorrelationId(),
                "scm:expiry:" + reservation.getReservationId())) {
            StockChanges changes = returnToStock(reservation, StockCause.EXPIRY, now);
            reservation.close(Reservation.Status.EXPIRED, now, null, null);
            outbox.append(EventType.RESERVATION_EXPIRED, reservation.getOrderRef(), reservation.getRequestId(),
                    closed(reservation));
            ledger.record(changes, reservation.getRequestId());
            AfterCommit.run(() -> LOG.info("Reservation {} for order {} expired", reservation.getReservationId(),
                    reservation.getOrderRef()));
        }
        return true;
    }

    private StockChanges returnToStock(Reservation reservation, StockCause cause, Instant now) {
        Set<String> skus = new LinkedHashSet<>();
        reservation.getLines().forEach(l -> skus.add(l.getSku()));
        Map<String, StockItem> rows = new HashMap<>();
        stock.lockBySkus(skus).forEach(item -> rows.put(item.getSku() + "@" + item.getWarehouse(), item));
        StockChanges changes = StockChanges.forOrder(cause, reservation.getOrderRef(), now);
        for (ReservationLine line : reservation.getLines()) {
            for (ReservationAllocation allocation : line.getAllocations()) {
                changes.release(rows.get(line.getSku() + "@" + allocation.getWarehouse()), allocation.getQuantity());
            }
        }
        return changes;
    }

    static EventBodies.ReservationOutcome outcome(Reservation reservation) {
        List<EventBodies.ReservationLine> lines = new ArrayList<>();
        for (ReservationLine line : reservation.getLines()) {
            lines.add(new EventBodies.ReservationLine(line.getLineNo(), line.getSku(), line.getRequested(),
                    line.getAllocated(), line.getRequested() - line.getAllocated(), line.getReason(),
                    quantities(line)));
        }
        return new EventBodies.ReservationOutcome(reservation.getOrderRef(), reservation.getReservationId(),
                reservation.getStatus().name(), reservation.getExpiresAt(), reservation.getRejectReason(), lines,
                totals(reservation));
    }

    static EventBodies.ReservationClosed closed(Reservation reservation) {
        List<EventBodies.ReleasedLine> lines = reservation.getLines().stream()
                .map(l -> new EventBodies.ReleasedLine(l.getLineNo(), l.getSku(), l.getAllocated(), quantities(l)))
                .toList();
        return new EventBodies.ReservationClosed(reservation.getOrderRef(), reservation.getReservationId(),
                reservation.getCloseReason(), reservation.getClosedAt(), lines);
    }

    static List<EventBodies.WarehouseQuantity> quantities(ReservationLine line) {
        return line.getAllocations().stream()
                .map(a -> new EventBodies.WarehouseQuantity(a.getWarehouse(), a.getQuantity())).toList();
    }

    static EventBodies.Totals totals(Reservation reservation) {
        return new EventBodies.Totals(reservation.getLines().stream().mapToInt(ReservationLine::getRequested).sum(),
                reservation.getLines().stream().mapToInt(ReservationLine::getAllocated).sum());
    }
}
