package org.eaihub.scm.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaultKnobsTest {

    @Test
    void everyKnobIsOffByDefault() {
        FaultKnobs knobs = new FaultKnobs(() -> 0.0);

        assertThat(knobs.latency()).isZero();
        assertThat(knobs.errorRate()).isZero();
        assertThat(knobs.malformedEvents()).isFalse();
        assertThatCode(knobs::injectProcessingFailure).doesNotThrowAnyException();
    }

    @Test
    void anAttemptFailsWhenTheDrawIsBelowTheErrorRate() {
        Iterator<Double> draws = List.of(0.10, 0.29, 0.30, 0.99).iterator();
        FaultKnobs knobs = new FaultKnobs(draws::next);
        knobs.setErrorRate(0.3);

        assertThatThrownBy(knobs::injectProcessingFailure).isInstanceOf(InjectedFaultException.class);
        assertThatThrownBy(knobs::injectProcessingFailure).isInstanceOf(InjectedFaultException.class);
        assertThatCode(knobs::injectProcessingFailure).doesNotThrowAnyException();
        assertThatCode(knobs::injectProcessingFailure).doesNotThrowAnyException();
        assertThat(knobs.injectedFailures()).isEqualTo(2);
    }

    @Test
    void anErrorRateOfOneFailsEveryAttempt() {
        FaultKnobs knobs = new FaultKnobs(() -> 0.999_999);
        knobs.setErrorRate(1.0);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(knobs::injectProcessingFailure).isInstanceOf(InjectedFaultException.class);
        }
    }

    @Test
    void resetTurnsEveryKnobOffButKeepsTheCounters() {
        FaultKnobs knobs = new FaultKnobs(() -> 0.0);
        knobs.setLatency(Duration.ofMillis(250));
        knobs.setErrorRate(1);
        knobs.setMalformedEvents(true);
        assertThatThrownBy(knobs::injectProcessingFailure).isInstanceOf(InjectedFaultException.class);

        knobs.reset();

        assertThat(knobs.latency()).isZero();
        assertThat(knobs.errorRate()).isZero();
        assertThat(knobs.malformedEvents()).isFalse();
        assertThat(knobs.injectedFailures()).isEqualTo(1);
    }

    @Test
    void knobsOutOfRangeAreRefused() {
        FaultKnobs knobs = new FaultKnobs(() -> 0.0);

        assertThatThrownBy(() -> knobs.setErrorRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> knobs.setErrorRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> knobs.setLatency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> knobs.setLatency(Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
    }
}
