package org.eaihub.scm.jobs;

import java.time.Duration;

/**
 * Work the SCM does on its own, at a fixed delay: expire reservations, move shipments on, post goods receipts,
 * relay the outbox. No job runs during an outage.
 */
public interface ScmJob {

    String name();

    /** One pass over whatever is due; failures of single items are the job's to log, not to throw. */
    void run();

    /** Delay between two passes; the configured poll interval unless the job needs another. */
    default Duration interval() {
        return null;
    }
}
