package org.eaihub.hub.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eaihub.adapters.scm.ScmOrderEvent;
import org.eaihub.hub.order.SagaDecisions.Move;
import org.junit.jupiter.api.Test;

class SagaDecisionsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final SagaDecisions backorder = new SagaDecisions(StockPolicy.BACKORDER, 2);
    private final SagaDecisions cancel = new SagaDecisions(StockPolicy.CANCEL, 2);

    private static OrderSaga saga(SagaState state) {
        return new OrderSaga("SO-000001", "C-000001", "0010000001", "SP-000001", state, 1, 0, "0000000042", null,
                null, null, "{}", "corr", NOW, 3, null, false, false, NOW, NOW);
    }

    private static ScmOrderEvent event(String type, String requestId, String reason, String shortfall) {
        return new ScmOrderEvent(type, "e-1", requestId, "SO-000001", reason, shortfall, List.of());
    }

    @Test
    void aConfirmedReservationForTheCurrentAttemptMovesOn() {
        var decision = backorder.onReservationEvent(saga(SagaState.RESERVING),
                event("ReservationConfirmed", "hub:SO-000001:reserve:1", null, null));
        assertThat(decision.move()).isEqualTo(Move.RESERVED);
    }

    @Test
    void anEventForAnEarlierAttemptChangesNothing() {
        OrderSaga second = saga(SagaState.RESERVING).change(m -> m.attempt = 2);
        var decision = backorder.onReservationEvent(second,
                event("ReservationConfirmed", "hub:SO-000001:reserve:1", null, null));
        assertThat(decision.move()).isEqualTo(Move.IGNORE);
    }

    @Test
    void missingStockFollowsThePolicyAndReleasesWhatWasHeld() {
        var partial = event("ReservationPartiallyConfirmed", "hub:SO-000001:reserve:1", null,
                "SKU-00001 3 INSUFFICIENT_STOCK");
        var waited = backorder.onReservationEvent(saga(SagaState.RESERVING), partial);
        var cancelled = cancel.onReservationEvent(saga(SagaState.RESERVING), partial);
        assertThat(waited.move()).isEqualTo(Move.BACKORDER);
        assertThat(waited.release()).isTrue();
        assertThat(cancelled.move()).isEqualTo(Move.CANCEL);
        assertThat(cancelled.release()).isTrue();
        assertThat(cancelled.reason()).contains("SKU-00001");

        var rejected = event("ReservationRejected", "hub:SO-000001:reserve:1", "INSUFFICIENT_STOCK",
                "SKU-00001 5 INSUFFICIENT_STOCK");
        assertThat(backorder.onReservationEvent(saga(SagaState.RESERVING), rejected).release()).isFalse();
        assertThat(cancel.onReservationEvent(saga(SagaState.RESERVING), rejected).move()).isEqualTo(Move.CANCEL);
    }

    @Test
    void anUnknownSkuIsCancelledWhateverThePolicy() {
        var rejected = event("ReservationRejected", "hub:SO-000001:reserve:1", "UNKNOWN_SKU", "SKU-99999 1 UNKNOWN_SKU");
        assertThat(backorder.onReservationEvent(saga(SagaState.RESERVING), rejected).move()).isEqualTo(Move.CANCEL);
    }

    @Test
    void aReservationTheScmStillHoldsIsReleasedAndTriedAgain() {
        var decision = backorder.onReservationEvent(saga(SagaState.RESERVING),
                event("ReservationRejected", "hub:SO-000001:reserve:1", "ALREADY_RESERVED", null));
        assertThat(decision.move()).isEqualTo(Move.RESERVE_AGAIN);
        assertThat(decision.release()).isTrue();
    }

    @Test
    void aHoldThatExpiredBeforeShippingIsReservedAgain() {
        var expired = event("ReservationExpired", "hub:SO-000001:reserve:1", null, null);
        assertThat(backorder.onReservationEvent(saga(SagaState.RESERVED), expired).move()).isEqualTo(Move.RESERVE_AGAIN);
        OrderSaga accepted = saga(SagaState.SHIPPING).change(m -> m.shipmentsAccepted = true);
        assertThat(backorder.onReservationEvent(accepted, expired).move()).isEqualTo(Move.IGNORE);
    }

    @Test
    void deadlinesResendThenCancelWhileTheScmHasNotCommitted() {
        assertThat(backorder.onDeadline(saga(SagaState.RESERVING), NOW).move()).isEqualTo(Move.RESEND);
        OrderSaga tried = saga(SagaState.RESERVING).change(m -> m.resends = 2);
        var gaveUp = backorder.onDeadline(tried, NOW);
        assertThat(gaveUp.move()).isEqualTo(Move.CANCEL);
        assertThat(gaveUp.release()).isTrue();

        OrderSaga accepted = saga(SagaState.SHIPPING).change(m -> {
            m.shipmentsAccepted = true;
            m.resends = 5;
        });
        assertThat(backorder.onDeadline(accepted, NOW).move()).isEqualTo(Move.OVERDUE);
    }

    @Test
    void aBackorderIsRetriedUntilItsDeadlineThenCancelled() {
        OrderSaga waiting = saga(SagaState.BACKORDERED).change(m -> m.backorderUntil = NOW.plusSeconds(60));
        assertThat(backorder.onDeadline(waiting, NOW).move()).isEqualTo(Move.RESERVE_AGAIN);
        assertThat(backorder.onDeadline(waiting, NOW.plusSeconds(60)).move()).isEqualTo(Move.CANCEL);
    }

    @Test
    void anInterruptedImmediateStepIsDrivenAgainAndEndsStayEnded() {
        assertThat(backorder.onDeadline(saga(SagaState.SHIPPED), NOW).move()).isEqualTo(Move.DRIVE);
        assertThat(backorder.onDeadline(saga(SagaState.COMPLETED), NOW).move()).isEqualTo(Move.IGNORE);
    }

    @Test
    void shipmentsCanOnlyBeCancelledBeforeTheScmAcceptedThem() {
        var rejected = event("ShipmentRejected", "hub:SO-000001:ship:1", "UNKNOWN_CARRIER", null);
        assertThat(backorder.onShipmentEvent(saga(SagaState.SHIPPING), rejected).move()).isEqualTo(Move.CANCEL);
        var gone = event("ShipmentRejected", "hub:SO-000001:ship:1", "NO_ACTIVE_RESERVATION", null);
        assertThat(backorder.onShipmentEvent(saga(SagaState.SHIPPING), gone).move()).isEqualTo(Move.RESERVE_AGAIN);
        assertThat(SagaState.SHIPPED.cancellable()).isFalse();
    }
}
