package org.eaihub.hub.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * The last step of every route that consumes Kafka: commit the record's offset, now that its work is done (the
 * database committed, or the JMS message it became was accepted by the broker). A JVM that dies before this line
 * leaves the offset behind, and the record is consumed again; the consumers are idempotent for that reason.
 */
public final class KafkaCommits {

    private KafkaCommits() {
    }

    public static void commit(Exchange exchange) {
        KafkaManualCommit manual = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
        if (manual == null) {
            throw new IllegalStateException("no manual commit on the exchange: is the endpoint allowManualCommit=true?");
        }
        manual.commit();
    }
}
