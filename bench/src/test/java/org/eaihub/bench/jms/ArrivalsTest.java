package org.eaihub.bench.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void aTrialIsCompleteOnlyWhenEveryNumberArrivedAndRedeliveriesCountAsDuplicates() throws Exception {
        Arrivals arrivals = new Arrivals(7, 3);

        arrivals.arrived(7, 0);
        arrivals.arrived(7, 2);
        arrivals.arrived(7, 2);
        assertThat(arrivals.await(10, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(arrivals.distinct()).isEqualTo(2);

        arrivals.arrived(7, 1);
        assertThat(arrivals.await(10, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(arrivals.duplicates()).isEqualTo(1);
        assertThat(arrivals.lastArrival()).isPositive();
    }

    @Test
    void aMessageLeftOverFromAnotherTrialFailsTheTrial() {
        Arrivals arrivals = new Arrivals(2, 10);

        assertThatThrownBy(() -> arrivals.arrived(1, 0)).hasMessageContaining("trial 1 arrived in trial 2");
    }
}
