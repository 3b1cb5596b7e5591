package org.eaihub.config.correlation;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Correlation ids as Kafka headers. As a producer interceptor ({@code interceptor.classes}) it stamps every
 * record that has no correlation header with the current one, so that no producer can forget it.
 */
public class KafkaCorrelation implements ProducerInterceptor<Object, Object> {

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        stamp(record.headers());
        return record;
    }

    public static void stamp(Headers headers) {
        if (headers.lastHeader(Correlation.CORRELATION_ID) == null) {
            String current = Correlation.current();
            headers.add(Correlation.CORRELATION_ID,
                    (current != null ? current : Correlation.newId()).getBytes(StandardCharsets.UTF_8));
        }
        if (headers.lastHeader(Correlation.CAUSATION_ID) == null && Correlation.currentCausation() != null) {
            headers.add(Correlation.CAUSATION_ID, Correlation.currentCausation().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Opens a logging scope with the ids of a consumed record; its position becomes the causation. */
    public static Correlation.Scope open(ConsumerRecord<?, ?> record) {
        return Correlation.open(header(record.headers(), Correlation.CORRELATION_ID),
                record.topic() + ":" + record.partition() + ":" + record.offset());
    }

    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
