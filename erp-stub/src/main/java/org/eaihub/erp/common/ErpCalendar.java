package org.eaihub.erp.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The ERP's notion of today: documents carry dates and times of the company's time zone (ERDAT, FKDAT,
 * BUDAT), while instants (LAST_CHANGED_AT) are absolute.
 */
public class ErpCalendar {

    private final Clock clock;

    public ErpCalendar(Clock clock) {
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Now, to the microsecond (what both databases keep). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalTime timeOfDay() {
        return LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
