package org.eaihub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CachedReadingTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOncePerTimeToLiveHoweverOftenAsked() {
        CachedReading<Integer> reading = new CachedReading<>("test", reads::incrementAndGet, Duration.ofSeconds(10),
                clock, 0);

        for (int i = 0; i < 100; i++) {
            assertThat(reading.get()).isEqualTo(1);
        }
        now = now.plusSeconds(9);
        assertThat(reading.get()).isEqualTo(1);
        now = now.plusSeconds(1);
        assertThat(reading.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadKeepsThePreviousValueAndIsRetriedAfterTheTimeToLive() {
        AtomicInteger calls = new AtomicInteger();
        CachedReading<Integer> reading = new CachedReading<>("test", () -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("database away");
            }
            return calls.get();
        }, Duration.ofSeconds(10), clock, -1);

        assertThat(reading.get()).isEqualTo(1);
        now = now.plusSeconds(10);
        assertThat(reading.get()).isEqualTo(1);
        assertThat(reading.lastFailure()).hasMessage("database away");
        assertThat(reading.get()).as("not retried at once").isEqualTo(1);
        now = now.plusSeconds(10);
        assertThat(reading.get()).isEqualTo(3);
        assertThat(reading.lastFailure()).isNull();
    }

    @Test
    void concurrentScrapesReadOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CachedReading<Integer> reading = new CachedReading<>("test", () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reads.incrementAndGet();
        }, Duration.ofSeconds(10), clock, 0);
        Thread[] scrapers = new Thread[8];
        for (int i = 0; i < scrapers.length; i++) {
            scrapers[i] = new Thread(reading::get);
            scrapers[i].start();
        }
        // While one scraper reads (held by the latch), the other seven have their answer without waiting for it.
        await().atMost(Duration.ofSeconds(10)).until(() -> java.util.Arrays.stream(scrapers)
                .filter(t -> t.getState() == Thread.State.TERMINATED).count() == scrapers.length - 1);
        release.countDown();
        for (Thread scraper : scrapers) {
            scraper.join();
        }
        assertThat(reads).hasValue(1);
    }
}
