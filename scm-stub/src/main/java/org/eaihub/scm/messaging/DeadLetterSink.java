package org.eaihub.scm.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a command that cannot be processed goes: the dead-letter topic in the application. */
public interface DeadLetterSink {

    /** Header names of a dead letter, next to the original record's own headers. */
    String REASON = "dlt.reason";
    String EXCEPTION = "dlt.exception";
    String TOPIC = "dlt.topic";
    String PARTITION = "dlt.partition";
    String OFFSET = "dlt.offset";
    String ATTEMPTS = "dlt.attempts";
    String CONSUMER_GROUP = "dlt.consumer-group";

    /**
     * Sends the original record (key, value, headers) to {@code <topic>.DLT} with the reason and returns once
     * Kafka acknowledged it; throws if it did not.
     */
    void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason, Throwable cause, int attempts);
}
