package org.eaihub.scm.supplier;

import java.time.Clock;
import java.util.List;

import org.eaihub.scm.jobs.ScmJob;
import org.eaihub.scm.outbox.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Posts the goods receipts that are due, each in its own transaction, and publishes the stock changes. */
@Component
public class GoodsReceiptJob implements ScmJob {

    private static final Logger LOG = LoggerFactory.getLogger(GoodsReceiptJob.class);
    private static final int BATCH = 50;

    private final GoodsReceiptRepository receipts;
    private final SupplierHub hub;
    private final TransactionTemplate transactions;
    private final EventPublisher publisher;
    private final Clock clock;

    public GoodsReceiptJob(GoodsReceiptRepository receipts, SupplierHub hub, TransactionTemplate transactions,
            EventPublisher publisher, Clock clock) {
        this.receipts = receipts;
        this.hub = hub;
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "goods-receipts";
    }

    @Override
    public void run() {
        List<Long> due = transactions.execute(s -> receipts.due(clock.instant(), Limit.of(BATCH)));
        int posted = 0;
        for (Long id : due) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(s -> hub.post(id)))) {
                    posted++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Goods receipt {} not posted, next pass retries: {}", id, e.toString());
            }
        }
        if (posted > 0) {
            publisher.flush();
        }
    }
}
