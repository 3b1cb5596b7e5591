package org.eaihub.scm.reservation;

import java.time.Instant;
import java.util.List;

import org.eaihub.scm.contract.EventBodies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An order's reservations as the REST API shows them, newest first. */
@Service
@Transactional(readOnly = true)
public class ReservationLookup {

    public record ReservationView(String reservationId, String orderRef, String requestId, String status,
            String reason, Instant createdAt, Instant expiresAt, Instant closedAt,
            List<EventBodies.ReservationLine> lines, EventBodies.Totals totals) {
    }

    private final ReservationRepository reservations;

    public ReservationLookup(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    public List<ReservationView> byOrder(String orderRef) {
        return reservations.findByOrderRefOrderByIdDesc(orderRef).stream().map(ReservationLookup::view).toList();
    }

    private static ReservationView view(Reservation r) {
        EventBodies.ReservationOutcome outcome = ReservationService.outcome(r);
        String reason = r.getStatus() == Reservation.Status.REJECTED ? r.getRejectReason() : r.getCloseReason();
        return new ReservationView(r.getReservationId(), r.getOrderRef(), r.getRequestId(), r.getStatus().name(),
                reason, r.getCreatedAt(), r.getExpiresAt(), r.getClosedAt(), outcome.lines(), outcome.totals());
    }
}
