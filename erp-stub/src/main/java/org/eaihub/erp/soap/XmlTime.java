package org.eaihub.erp.soap;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * Conversions between XML Schema date/time lexical forms and {@code java.time}, used by the classes generated
 * from the WSDL (see {@code src/main/codegen/jaxb-bindings.xjb}). Dates and times are the ERP's local calendar
 * (an offset in the input is accepted and ignored); date-times carry their offset and are printed in UTC.
 */
public final class XmlTime {

    private XmlTime() {
    }

    public static LocalDate parseDate(String text) {
        return text == null ? null : LocalDate.from(DateTimeFormatter.ISO_DATE.parse(text.trim()));
    }

    public static String printDate(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    public static LocalTime parseTime(String text) {
        return text == null ? null : LocalTime.from(DateTimeFormatter.ISO_TIME.parse(text.trim()));
    }

    public static String printTime(LocalTime time) {
        return time == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A date-time without an offset is taken as UTC. */
    public static OffsetDateTime parseDateTime(String text) {
        if (text == null) {
            return null;
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.trim());
        return parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(parsed)
                : java.time.LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC);
    }

    public static String printDateTime(OffsetDateTime dateTime) {
        return dateTime == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
