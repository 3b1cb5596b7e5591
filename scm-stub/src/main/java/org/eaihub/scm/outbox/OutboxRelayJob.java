package org.eaihub.scm.outbox;

import org.eaihub.scm.jobs.ScmJob;
import org.springframework.stereotype.Component;

/**
 * The safety net of the outbox: commands and jobs publish their own events right after committing; this job
 * picks up whatever they could not (Kafka unreachable, a crash between commit and publish).
 */
@Component
public class OutboxRelayJob implements ScmJob {

    private final EventPublisher publisher;

    public OutboxRelayJob(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public String name() {
        return "outbox-relay";
    }

    @Override
    public void run() {
        publisher.flush();
    }
}
