package org.eaihub.scm.shipment;

import java.time.Clock;
import java.util.List;
import java.util.function.LongPredicate;

import org.eaihub.scm.jobs.ScmJob;
import org.eaihub.scm.outbox.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Dispatches planned shipments and delivers dispatched ones once they are due, each in its own transaction. */
@Component
public class ShipmentProgressJob implements ScmJob {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentProgressJob.class);
    private static final int BATCH = 100;

    private final ShipmentRepository shipments;
    private final ShipmentService service;
    private final TransactionTemplate transactions;
    private final EventPublisher publisher;
    private final Clock clock;

    public ShipmentProgressJob(ShipmentRepository shipments, ShipmentService service, TransactionTemplate transactions,
            EventPublisher publisher, Clock clock) {
        this.shipments = shipments;
        this.service = service;
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "shipment-progress";
    }

    @Override
    public void run() {
        List<Long> toDispatch = transactions.execute(s -> shipments.dueForDispatch(clock.instant(), Limit.of(BATCH)));
        int moved = step("dispatch", toDispatch, service::dispatch);
        List<Long> toDeliver = transactions.execute(s -> shipments.dueForDelivery(clock.instant(), Limit.of(BATCH)));
        moved += step("delivery", toDeliver, service::deliver);
        if (moved > 0) {
            publisher.flush();
        }
    }

    private int step(String what, List<Long> due, LongPredicate action) {
        int done = 0;
        for (Long id : due) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(s -> action.test(id)))) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Shipment {} {} failed, next pass retries: {}", id, what, e.toString());
            }
        }
        return done;
    }
}
