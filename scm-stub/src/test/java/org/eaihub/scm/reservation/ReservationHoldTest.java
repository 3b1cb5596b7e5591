package org.eaihub.scm.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReservationHoldTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void theRequestedHoldWinsOverTheDefault() {
        assertThat(ReservationHold.expiresAt(NOW, 90, Duration.ofMinutes(30))).isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void withoutARequestedHoldTheDefaultApplies() {
        assertThat(ReservationHold.expiresAt(NOW, null, Duration.ofMinutes(30))).isEqualTo(NOW.plusSeconds(1800));
    }

    @Test
    void noHoldIsLongerThanSevenDays() {
        assertThat(ReservationHold.expiresAt(NOW, null, Duration.ofDays(30))).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> ReservationHold.expiresAt(NOW, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeldReservationIsDueExactlyWhenItsTimeIsUp() {
        Instant expiresAt = NOW.plusSeconds(60);
        assertThat(ReservationHold.isDue(Reservation.Status.HELD, expiresAt, expiresAt.minusMillis(1))).isFalse();
        assertThat(ReservationHold.isDue(Reservation.Status.HELD, expiresAt, expiresAt)).isTrue();
        assertThat(ReservationHold.isDue(Reservation.Status.HELD, expiresAt, expiresAt.plusSeconds(5))).isTrue();
    }

    @Test
    void onlyHeldReservationsExpire() {
        Instant past = NOW.minusSeconds(60);
        for (Reservation.Status status : Reservation.Status.values()) {
            assertThat(ReservationHold.isDue(status, past, NOW)).as(status.name())
                    .isEqualTo(status == Reservation.Status.HELD);
        }
        assertThat(ReservationHold.isDue(Reservation.Status.HELD, null, NOW)).isFalse();
    }
}
