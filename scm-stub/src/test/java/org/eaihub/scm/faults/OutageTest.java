package org.eaihub.scm.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eaihub.scm.ScmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

class OutageTest {

    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final Outage outage = new Outage(new ConnectorSwitch() {
        @Override
        public void close() {
            closed.incrementAndGet();
        }

        @Override
        public void open() {
            opened.incrementAndGet();
        }
    }, Clock.systemUTC(), defaults());

    static ScmProperties defaults() {
        return Binder.get(new MockEnvironment()).bindOrCreate("eaihub.scm", ScmProperties.class);
    }

    @AfterEach
    void stop() {
        outage.destroy();
    }

    @Test
    void anOutageClosesThePortAndEndsByItself() {
        outage.start(Duration.ofMillis(600));

        assertThat(outage.active()).isTrue();
        assertThat(outage.endsAt()).isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> closed.get() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> !outage.active());
        assertThat(opened.get()).isEqualTo(1);
    }

    @Test
    void anOutageWithoutDurationLastsUntilEnded() {
        outage.start(Duration.ZERO);
        await().atMost(Duration.ofSeconds(5)).until(() -> closed.get() == 1);
        assertThat(outage.endsAt()).isNull();

        outage.end();

        assertThat(outage.active()).isFalse();
        assertThat(opened.get()).isEqualTo(1);
    }

    @Test
    void aPauseIsCutShortByAnOutageOrAStopRequest() {
        assertThat(outage.pause(Duration.ofMillis(20), () -> false)).isTrue();
        assertThat(outage.pause(Duration.ofSeconds(30), () -> true)).isFalse();

        outage.start(Duration.ZERO);

        assertThat(outage.pause(Duration.ofSeconds(30), () -> false)).isFalse();
        outage.end();
    }

    @Test
    void endingAnOutageThatWasRestartedKeepsTheLaterOneRunning() {
        outage.start(Duration.ofMillis(300));
        outage.start(Duration.ZERO);

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(outage::active);
        outage.end();
        assertThat(outage.active()).isFalse();
    }
}
