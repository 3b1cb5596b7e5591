package org.eaihub.scm.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eaihub.scm.ScmProperties;
import org.eaihub.scm.jobs.ScmJob;
import org.eaihub.scm.outbox.OutboxRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published events and processed request ids are kept for the retention period (7 days by default): that is
 * how long a repeated request id is recognised and its stored outcome re-published.
 */
@Component
public class RetentionJob implements ScmJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final OutboxRepository events;
    private final ProcessedCommandRepository commands;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    public RetentionJob(OutboxRepository events, ProcessedCommandRepository commands, TransactionTemplate transactions,
            Clock clock, ScmProperties properties) {
        this.events = events;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = properties.retention();
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Instant before = clock.instant().minus(retention);
        int[] deleted = transactions.execute(status -> new int[] {
            events.deletePublishedBefore(before), commands.deleteReceivedBefore(before)});
        if (deleted != null && (deleted[0] > 0 || deleted[1] > 0)) {
            LOG.info("Retention removed {} published events and {} processed request ids older than {}",
                    deleted[0], deleted[1], retention);
        }
    }
}
