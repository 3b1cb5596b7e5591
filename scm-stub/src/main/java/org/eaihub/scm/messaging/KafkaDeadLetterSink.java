package org.eaihub.scm.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eaihub.scm.contract.ScmTopics;

/**
 * Dead letters on {@code <topic>.DLT}: the original key, value and headers, unchanged, plus headers saying
 * why and where from. The same partition as the original, so the dead-letter topic keeps the order per key.
 */
public class KafkaDeadLetterSink implements DeadLetterSink {

    private static final int MAX_EXCEPTION_LENGTH = 2000;

    private final Producer<byte[], byte[]> producer;
    private final String groupPrefix;

    public KafkaDeadLetterSink(Producer<byte[], byte[]> producer, String groupPrefix) {
        this.producer = producer;
        this.groupPrefix = groupPrefix;
    }

    @Override
    public void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason, Throwable cause, int attempts) {
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(ScmTopics.deadLetterTopic(record.topic()),
                record.partition(), record.key(), record.value());
        Headers headers = letter.headers();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dlt.")) {
                headers.add(header);
            }
        }
        headers.add(REASON, bytes(reason));
        if (cause != null) {
            String text = cause.getClass().getName() + ": " + cause.getMessage();
            headers.add(EXCEPTION, bytes(text.length() > MAX_EXCEPTION_LENGTH ? text.substring(0, MAX_EXCEPTION_LENGTH)
                    : text));
        }
        headers.add(TOPIC, bytes(record.topic()));
        headers.add(PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(OFFSET, bytes(Long.toString(record.offset())));
        headers.add(ATTEMPTS, bytes(Integer.toString(attempts)));
        headers.add(CONSUMER_GROUP, bytes(CommandConsumers.groupId(groupPrefix, record.topic())));
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Dead letter for " + record.topic() + ":" + record.partition() + ":"
                    + record.offset() + " not acknowledged", e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
