package org.eaihub.hub.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Changes the hub recorded instead of applying, for operators and reconciliation. */
public class SyncConflicts {

    public enum Kind { STALE, NOT_OWNER, UNKNOWN_CUSTOMER, MISSING_DATA }

    public record Conflict(String customerId, String erpNumber, String sourceSystem, Kind kind, String detail,
            String messageId, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SyncConflicts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String customerId, String erpNumber, String sourceSystem, Kind kind, String detail,
            String messageId) {
        jdbc.update("INSERT INTO sync_conflict (customer_id, erp_number, source_system, kind, detail, message_id, at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", customerId, erpNumber, sourceSystem, kind.name(),
                detail.length() > 1000 ? detail.substring(0, 1000) : detail, messageId, Timestamp.from(clock.instant()));
    }

    public List<Conflict> recent(String customerId, int limit) {
        String where = customerId == null ? "" : " WHERE customer_id = ?";
        Object[] args = customerId == null ? new Object[0] : new Object[] {customerId};
        return jdbc.query("SELECT customer_id, erp_number, source_system, kind, detail, message_id, at FROM sync_conflict"
                + where + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", (rs, i) -> new Conflict(
                rs.getString(1), rs.getString(2), rs.getString(3), Kind.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant()), args);
    }
}
