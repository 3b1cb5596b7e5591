package org.eaihub.erp.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The knobs by configuration ({@code eaihub.erp.faults.*}), and their behaviour without a running server. */
class FaultSettingsTest {

    private static FaultSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("eaihub.erp.faults", FaultSettings.class);
    }

    private static FaultKnobs knobs(FaultSettings settings) {
        return new FaultKnobs(settings, new ErpOutage(() -> null, null, java.time.Clock.systemUTC()));
    }

    @Test
    void everyKnobIsOffByDefault() {
        FaultSettings settings = bind(Map.of());

        assertThat(settings.latencyMs()).isZero();
        assertThat(settings.errorRate()).isZero();
        assertThat(settings.outage()).isFalse();
        assertThat(settings.outageDuration()).isEqualTo(Duration.ZERO);
        assertThat(knobs(settings).draw()).isEmpty();
    }

    @Test
    void theKnobsStartAsConfigured() {
        FaultSettings settings = bind(Map.of("eaihub.erp.faults.latency-ms", "250",
                "eaihub.erp.faults.error-rate", "1", "eaihub.erp.faults.kind", "malformed",
                "eaihub.erp.faults.outage-duration", "30s"));
        FaultKnobs knobs = knobs(settings);

        assertThat(knobs.getLatencyMs()).isEqualTo(250);
        assertThat(knobs.draw()).contains(FaultKind.MALFORMED);
        assertThat(settings.outageDuration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void invalidSettingsAreRefusedAtStart() {
        assertThatThrownBy(() -> bind(Map.of("eaihub.erp.faults.error-rate", "1.5")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("Error rate is 0 to 1");
        assertThatThrownBy(() -> bind(Map.of("eaihub.erp.faults.latency-ms", "-1")))
                .isInstanceOf(BindException.class);
    }

    @Test
    void aResetGoesBackToTheConfiguredValues() {
        FaultKnobs knobs = knobs(bind(Map.of("eaihub.erp.faults.latency-ms", "100")));
        knobs.update(5000L, 0.5, FaultKind.HANG);

        knobs.reset();

        assertThat(knobs.state().latencyMs()).isEqualTo(100);
        assertThat(knobs.state().errorRate()).isZero();
        assertThat(knobs.state().kind()).isEqualTo(FaultKind.SERVER);
    }

    @Test
    void anUpdateIsAllOrNothing() {
        FaultKnobs knobs = knobs(bind(Map.of()));

        assertThatThrownBy(() -> knobs.update(10L, 2.0, FaultKind.HANG)).isInstanceOf(IllegalArgumentException.class);
        assertThat(knobs.state().latencyMs()).isZero();
        assertThat(knobs.state().kind()).isEqualTo(FaultKind.SERVER);
    }

    @Test
    void aResetReleasesCallsWaitingOutALatency() throws Exception {
        FaultKnobs knobs = knobs(bind(Map.of()));
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> knobs.pause(600_000));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            knobs.reset();
            assertThat(waiting).isDone();
        });
        assertThat(waiting.get(1, TimeUnit.SECONDS)).as("cut short").isFalse();
    }
}
