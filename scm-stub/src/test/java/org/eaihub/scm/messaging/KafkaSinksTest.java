package org.eaihub.scm.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eaihub.scm.contract.ScmTopics;
import org.eaihub.scm.faults.FaultKnobs;
import org.eaihub.scm.outbox.OutgoingEvent;
import org.junit.jupiter.api.Test;

class KafkaSinksTest {

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, new ByteArraySerializer(), new ByteArraySerializer());

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static OutgoingEvent event() {
        return new OutgoingEvent("e-1", "InventoryChanged", ScmTopics.INVENTORY_CHANGED, "SKU-00001",
                "{\"type\":\"InventoryChanged\",\"sku\":\"SKU-00001\"}".getBytes(StandardCharsets.UTF_8), "corr-1",
                "cause-1");
    }

    @Test
    void eventsGoToTheirTopicKeyedWithTypeIdAndCorrelationHeaders() {
        new KafkaEventSink(producer, new FaultKnobs(() -> 0.0)).send(List.of(event()));

        assertThat(producer.history()).hasSize(1);
        ProducerRecord<byte[], byte[]> sent = producer.history().get(0);
        assertThat(sent.topic()).isEqualTo(ScmTopics.INVENTORY_CHANGED);
        assertThat(new String(sent.key(), StandardCharsets.UTF_8)).isEqualTo("SKU-00001");
        assertThat(header(sent, "eventType")).isEqualTo("InventoryChanged");
        assertThat(header(sent, "eventId")).isEqualTo("e-1");
        assertThat(header(sent, "schemaVersion")).isEqualTo("1");
        assertThat(header(sent, "correlationId")).isEqualTo("corr-1");
        assertThat(header(sent, "causationId")).isEqualTo("cause-1");
    }

    @Test
    void inMalformedEventModeABrokenCopyPrecedesEveryEvent() {
        FaultKnobs knobs = new FaultKnobs(() -> 0.0);
        knobs.setMalformedEvents(true);

        new KafkaEventSink(producer, knobs).send(List.of(event()));

        assertThat(producer.history()).hasSize(2);
        ProducerRecord<byte[], byte[]> broken = producer.history().get(0);
        assertThat(header(broken, KafkaEventSink.FAULT_HEADER)).isEqualTo(KafkaEventSink.MALFORMED);
        assertThat(broken.key()).isEqualTo(producer.history().get(1).key());
        assertThat(broken.value()).hasSizeLessThan(producer.history().get(1).value().length);
        assertThat(header(producer.history().get(1), KafkaEventSink.FAULT_HEADER)).isNull();
        assertThat(knobs.malformedEventsPublished()).isEqualTo(1);
    }

    @Test
    void aDeadLetterKeepsTheOriginalBytesAndSaysWhyAndWhereFrom() {
        ConsumerRecord<byte[], byte[]> original = new ConsumerRecord<>(ScmTopics.RESERVATION_REQUESTS, 4, 17L,
                "SO-1".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));
        original.headers().add("correlationId", "corr-9".getBytes(StandardCharsets.UTF_8));

        new KafkaDeadLetterSink(producer, "scm-stub").deadLetter(original, "unparsable-json",
                new IllegalStateException("boom"), 1);

        ProducerRecord<byte[], byte[]> letter = producer.history().get(0);
        assertThat(letter.topic()).isEqualTo("scm.reservation.requests.DLT");
        assertThat(letter.partition()).isEqualTo(4);
        assertThat(letter.key()).isEqualTo(original.key());
        assertThat(letter.value()).isEqualTo(original.value());
        assertThat(header(letter, "correlationId")).isEqualTo("corr-9");
        assertThat(header(letter, DeadLetterSink.REASON)).isEqualTo("unparsable-json");
        assertThat(header(letter, DeadLetterSink.EXCEPTION)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(header(letter, DeadLetterSink.TOPIC)).isEqualTo(ScmTopics.RESERVATION_REQUESTS);
        assertThat(header(letter, DeadLetterSink.PARTITION)).isEqualTo("4");
        assertThat(header(letter, DeadLetterSink.OFFSET)).isEqualTo("17");
        assertThat(header(letter, DeadLetterSink.ATTEMPTS)).isEqualTo("1");
        assertThat(header(letter, DeadLetterSink.CONSUMER_GROUP)).isEqualTo("scm-stub.scm.reservation.requests");
    }
}
