package org.eaihub.scm.reservation;

import java.time.Duration;
import java.time.Instant;

/** How long a reservation holds its stock, and when it is due to expire. */
public final class ReservationHold {

    /** Longest hold a request may ask for (also the schema's limit of {@code holdSeconds}). */
    public static final Duration MAX_HOLD = Duration.ofDays(7);

    private ReservationHold() {
    }

    /** The hold the request asks for (capped at {@link #MAX_HOLD}), or the default hold. */
    public static Instant expiresAt(Instant reservedAt, Integer holdSeconds, Duration defaultHold) {
        Duration hold = holdSeconds == null ? defaultHold : Duration.ofSeconds(holdSeconds);
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("A hold must be positive");
        }
        return reservedAt.plus(hold.compareTo(MAX_HOLD) > 0 ? MAX_HOLD : hold);
    }

    /** A held reservation expires when its time is up: at {@code expiresAt} exactly, not a moment later. */
    public static boolean isDue(Reservation.Status status, Instant expiresAt, Instant now) {
        return status == Reservation.Status.HELD && expiresAt != null && !now.isBefore(expiresAt);
    }
}
