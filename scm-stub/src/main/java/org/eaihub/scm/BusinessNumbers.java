package org.eaihub.scm;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SCM's own numbers for what it creates ({@code RSV-000000042}, {@code SHP-000000007}, ...), drawn from
 * database sequences so they stay unique across restarts and never depend on entity ids.
 */
@Component
public class BusinessNumbers {

    public enum Kind {
        RESERVATION("RSV", "reservation_number_seq"),
        SHIPMENT("SHP", "shipment_number_seq"),
        GOODS_RECEIPT("GR", "receipt_number_seq"),
        REPLENISHMENT_DEMAND("RD", "demand_number_seq");

        private final String prefix;
        private final String sequence;

        Kind(String prefix, String sequence) {
            this.prefix = prefix;
            this.sequence = sequence;
        }
    }

    /** A number and its serial, e.g. for a tracking number derived from the shipment's serial. */
    public record Number(String value, long serial) {
    }

    private final JdbcTemplate jdbc;

    public BusinessNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Number next(Kind kind) {
        Long serial = jdbc.queryForObject("select nextval('" + kind.sequence + "')", Long.class);
        if (serial == null) {
            throw new IllegalStateException("Sequence " + kind.sequence + " returned nothing");
        }
        return new Number(String.format("%s-%09d", kind.prefix, serial), serial);
    }
}
