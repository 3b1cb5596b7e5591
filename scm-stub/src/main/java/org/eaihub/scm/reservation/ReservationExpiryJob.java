package org.eaihub.scm.reservation;

import java.time.Clock;
import java.util.List;

import org.eaihub.scm.jobs.ScmJob;
import org.eaihub.scm.outbox.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Releases held reservations whose time is up, each in its own transaction, and publishes what changed. */
@Component
public class ReservationExpiryJob implements ScmJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiryJob.class);
    private static final int BATCH = 100;

    private final ReservationRepository reservations;
    private final ReservationService service;
    private final TransactionTemplate transactions;
    private final EventPublisher publisher;
    private final Clock clock;

    public ReservationExpiryJob(ReservationRepository reservations, ReservationService service,
            TransactionTemplate transactions, EventPublisher publisher, Clock clock) {
        this.reservations = reservations;
        this.service = service;
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reservation-expiry";
    }

    @Override
    public void run() {
        List<Long> due = transactions.execute(status -> reservations.dueForExpiry(clock.instant(), Limit.of(BATCH)));
        int expired = 0;
        for (Long id : due) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> service.expire(id)))) {
                    expired++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Reservation {} did not expire now, next pass retries: {}", id, e.toString());
            }
        }
        if (expired > 0) {
            publisher.flush();
        }
    }
}
