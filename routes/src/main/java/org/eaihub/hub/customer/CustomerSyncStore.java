package org.eaihub.hub.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The synchronization state per customer, in the hub's database so that every hub instance sees the same. A
 * version is recorded only if it is newer than the one recorded (a conditional update), so two instances, or a
 * redelivered message, can never move a customer back to an older version.
 */
public class CustomerSyncStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CustomerSyncStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<SyncState> find(String customerId) {
        List<SyncState> rows = jdbc.query("SELECT customer_id, crm_version, erp_number, crm_fingerprint"
                + " FROM customer_sync WHERE customer_id = ?", (rs, i) -> new SyncState(rs.getString(1), rs.getLong(2),
                rs.getString(3), rs.getString(4)), customerId);
        return rows.stream().findFirst();
    }

    public Optional<String> customerIdByErpNumber(String erpNumber) {
        return jdbc.queryForList("SELECT customer_id FROM customer_sync WHERE erp_number = ?", String.class, erpNumber)
                .stream().findFirst();
    }

    /**
     * Records that version {@code version} of the customer was handled; {@code erpNumber} and {@code fingerprint}
     * replace the stored ones when not null. Returns false when a newer version was recorded meanwhile.
     */
    public boolean record(String customerId, long version, String erpNumber, String fingerprint) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE customer_sync SET crm_version = ?, erp_number = COALESCE(?, erp_number),"
                + " crm_fingerprint = COALESCE(?, crm_fingerprint), updated_at = ? WHERE customer_id = ? AND crm_version < ?",
                version, erpNumber, fingerprint, now, customerId, version);
        if (updated == 1) {
            return true;
        }
        if (find(customerId).isPresent()) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO customer_sync (customer_id, crm_version, erp_number, crm_fingerprint, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)", customerId, version, erpNumber, fingerprint, now);
            return true;
        } catch (DuplicateKeyException raced) {
            return record(customerId, version, erpNumber, fingerprint);
        }
    }
}
