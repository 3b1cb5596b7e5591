package org.eaihub.hub.order;

import java.time.Instant;

import org.eaihub.adapters.scm.ScmOrderEvent;

/**
 * What the saga does next, given its state and what happened: a reservation or shipment event of the SCM or a
 * deadline that passed. No I/O here: {@link OrderSagaService} carries the decision out.
 */
public final class SagaDecisions {

    /** The kinds of next move. */
    public enum Move {
        /** Nothing changes (a stale or informational event); it is only recorded. */
        IGNORE,
        /** The stock is held: go on to shipping. */
        RESERVED,
        /** Stock is missing and the policy is to wait. */
        BACKORDER,
        /** Compensate and cancel, with a reason. */
        CANCEL,
        /** Reserve again as a new attempt (the hold expired, or the SCM holds an older attempt's reservation). */
        RESERVE_AGAIN,
        /** The SCM accepted the shipment request. */
        SHIPMENT_ACCEPTED,
        /** A shipment was dispatched. */
        DISPATCHED,
        /** Send the state's command again with the same request id (its answer may have been lost). */
        RESEND,
        /** The SCM accepted the shipment but is late: flag the order and keep waiting. */
        OVERDUE,
        /** Run the state's own next step again (the hub was interrupted in an immediate state). */
        DRIVE
    }

    /**
     * @param release  whether the SCM may hold stock for the order that must be released
     */
    public record Decision(Move move, String reason, boolean release) {
        static Decision of(Move move) {
            return new Decision(move, null, false);
        }
    }

    private final StockPolicy policy;
    private final java.util.Map<String, StockPolicy> byCustomer;
    private final int maxResends;

    public SagaDecisions(StockPolicy policy, int maxResends) {
        this(policy, java.util.Map.of(), maxResends);
    }

    public SagaDecisions(StockPolicy policy, java.util.Map<String, StockPolicy> byCustomer, int maxResends) {
        this.policy = policy;
        this.byCustomer = byCustomer == null ? java.util.Map.of() : java.util.Map.copyOf(byCustomer);
        this.maxResends = maxResends;
    }

    /** The stock policy for the order's customer. */
    public StockPolicy policyFor(OrderSaga saga) {
        return byCustomer.getOrDefault(saga.customerId(), policy);
    }

    public Decision onReservationEvent(OrderSaga saga, ScmOrderEvent event) {
        boolean current = saga.reservationRequestId().equals(event.requestId());
        boolean awaiting = saga.state() == SagaState.RESERVING || saga.state() == SagaState.CONFIRMED;
        switch (event.type()) {
            case "ReservationConfirmed":
                return current && awaiting ? Decision.of(Move.RESERVED) : Decision.of(Move.IGNORE);
            case "ReservationPartiallyConfirmed":
                if (!current || !awaiting) {
                    return Decision.of(Move.IGNORE);
                }
                return missingStock(saga, "insufficient stock: " + event.shortfall(), true);
            case "ReservationRejected":
                if (!current || !awaiting) {
                    return Decision.of(Move.IGNORE);
                }
                if ("ALREADY_RESERVED".equals(event.reason())) {
                    return new Decision(Move.RESERVE_AGAIN, "the SCM still held an earlier reservation", true);
                }
                if ("UNKNOWN_SKU".equals(event.reason()) || event.shortfall() != null
                        && event.shortfall().contains("UNKNOWN_SKU")) {
                    return new Decision(Move.CANCEL, "unknown SKU: " + event.shortfall(), false);
                }
                return missingStock(saga, "insufficient stock: " + event.shortfall(), false);
            case "ReservationExpired":
                boolean heldFor = saga.state() == SagaState.RESERVED
                        || saga.state() == SagaState.SHIPPING && !saga.shipmentsAccepted();
                return heldFor ? new Decision(Move.RESERVE_AGAIN, "the reservation expired before shipping", false)
                        : Decision.of(Move.IGNORE);
            default:
                return Decision.of(Move.IGNORE);
        }
    }

    public Decision onShipmentEvent(OrderSaga saga, ScmOrderEvent event) {
        boolean current = saga.shipmentRequestId().equals(event.requestId());
        switch (event.type()) {
            case "ShipmentAccepted":
                return current && saga.state() == SagaState.SHIPPING && !saga.shipmentsAccepted()
                        ? Decision.of(Move.SHIPMENT_ACCEPTED) : Decision.of(Move.IGNORE);
            case "ShipmentRejected":
                if (!current || saga.state() != SagaState.SHIPPING || saga.shipmentsAccepted()) {
                    return Decision.of(Move.IGNORE);
                }
                if ("NO_ACTIVE_RESERVATION".equals(event.reason())) {
                    return new Decision(Move.RESERVE_AGAIN, "the reservation was gone when shipping", false);
                }
                return new Decision(Move.CANCEL, "shipment rejected by the SCM: " + event.reason(), true);
            case "ShipmentDispatched":
                return saga.state() == SagaState.SHIPPING ? Decision.of(Move.DISPATCHED) : Decision.of(Move.IGNORE);
            default:
                return Decision.of(Move.IGNORE);
        }
    }

    /** The state's deadline passed. */
    public Decision onDeadline(OrderSaga saga, Instant now) {
        SagaState state = saga.state();
        if (state.terminal()) {
            return Decision.of(Move.IGNORE);
        }
        if (state.immediate()) {
            return Decision.of(Move.DRIVE);
        }
        return switch (state) {
            case RESERVING -> saga.resends() < maxResends ? Decision.of(Move.RESEND)
                    : new Decision(Move.CANCEL, "no reservation outcome from the SCM in time", true);
            case SHIPPING -> saga.shipmentsAccepted() ? Decision.of(Move.OVERDUE)
                    : saga.resends() < maxResends ? Decision.of(Move.RESEND)
                    : new Decision(Move.CANCEL, "the SCM did not accept the shipment in time", true);
            case BACKORDERED -> saga.backorderUntil() != null && !now.isBefore(saga.backorderUntil())
                    ? new Decision(Move.CANCEL, "backorder expired: " + saga.reason(), false)
                    : Decision.of(Move.RESERVE_AGAIN);
            default -> Decision.of(Move.IGNORE);
        };
    }

    private Decision missingStock(OrderSaga saga, String reason, boolean held) {
        return policyFor(saga) == StockPolicy.BACKORDER ? new Decision(Move.BACKORDER, reason, held)
                : new Decision(Move.CANCEL, reason, held);
    }
}
