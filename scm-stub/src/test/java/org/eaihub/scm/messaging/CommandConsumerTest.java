package org.eaihub.scm.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.eaihub.scm.ScmProperties;
import org.eaihub.scm.faults.ConnectorSwitch;
import org.eaihub.scm.faults.Outage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

/** The consumer loop commits an offset only after its record is done, and lets go of Kafka in an outage. */
class CommandConsumerTest {

    private static final String TOPIC = "scm.reservation.requests";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final Outage outage = new Outage(new ConnectorSwitch() {
        @Override
        public void close() {
        }

        @Override
        public void open() {
        }
    }, Clock.systemUTC(), Binder.get(new MockEnvironment()).bindOrCreate("eaihub.scm", ScmProperties.class));
    /** The consumer group's committed offset, shared by every consumer the loop creates; -1: none. */
    private final AtomicLong groupOffset = new AtomicLong(-1);
    private final List<GroupMember> created = new CopyOnWriteArrayList<>();
    private final List<Long> handled = new CopyOnWriteArrayList<>();
    private CommandConsumer loop;
    private Thread thread;

    /** A consumer that starts at the group's committed offset and commits to it. */
    private final class GroupMember extends MockConsumer<byte[], byte[]> {

        GroupMember(long records) {
            super(OffsetResetStrategy.EARLIEST);
            schedulePollTask(() -> {
                rebalance(List.of(PARTITION));
                long from = Math.max(0, groupOffset.get());
                updateBeginningOffsets(Map.of(PARTITION, from));
                for (long offset = from; offset < records; offset++) {
                    addRecord(new ConsumerRecord<>(TOPIC, 0, offset, null, new byte[] {1}));
                }
            });
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            super.commitSync(offsets);
            groupOffset.set(offsets.get(PARTITION).offset());
        }
    }

    private void start(CommandConsumer.RecordHandler handler, long records) {
        loop = new CommandConsumer(TOPIC, () -> {
            GroupMember consumer = new GroupMember(records);
            created.add(consumer);
            return consumer;
        }, handler, outage, Duration.ofMillis(20));
        thread = new Thread(loop, "test-consumer");
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        loop.stop();
        outage.wakeAll();
        thread.join(5000);
        outage.destroy();
    }

    @Test
    void theOffsetAfterARecordIsCommittedOnlyOnceTheRecordIsDone() {
        List<Long> committedWhileHandling = new CopyOnWriteArrayList<>();
        start((record, stop) -> {
            committedWhileHandling.add(groupOffset.get());
            handled.add(record.offset());
        }, 3);

        await().atMost(Duration.ofSeconds(10)).until(() -> groupOffset.get() == 3);
        assertThat(handled).containsExactly(0L, 1L, 2L);
        assertThat(committedWhileHandling).containsExactly(-1L, 1L, 2L);
    }

    @Test
    void aRecordWhoseProcessingWasAbortedIsReadAgainByTheNextConsumer() {
        AtomicInteger calls = new AtomicInteger();
        start((record, stop) -> {
            if (record.offset() == 1 && calls.incrementAndGet() == 1) {
                throw new CommandProcessor.ProcessingAbortedException();
            }
            handled.add(record.offset());
        }, 3);

        await().atMost(Duration.ofSeconds(10)).until(() -> groupOffset.get() == 3);
        assertThat(handled).containsExactly(0L, 1L, 2L);
        assertThat(created).hasSizeGreaterThanOrEqualTo(2);
        assertThat(created.get(0).closed()).isTrue();
    }

    @Test
    void anOutageClosesTheConsumerWithoutCommittingAndANewOneResumesAfterIt() {
        start((record, stop) -> handled.add(record.offset()), 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);

        outage.start(Duration.ZERO);

        await().atMost(Duration.ofSeconds(10)).until(() -> created.get(0).closed()
                && loop.state() == CommandConsumer.State.SUSPENDED);
        assertThat(groupOffset.get()).isEqualTo(2);
        assertThat(created).hasSize(1);

        outage.end();

        await().atMost(Duration.ofSeconds(10)).until(() -> created.size() == 2
                && loop.state() == CommandConsumer.State.RUNNING);
        assertThat(handled).as("nothing read twice: the new consumer starts at the committed offset")
                .containsExactly(0L, 1L);
    }
}
