package org.eaihub.hub.replenishment;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replenishment state in the hub's database, shared by every hub instance: the collected demands (one row per
 * demand id: a second delivery of the same demand is a duplicate key, not a second row) and the pull lists.
 */
public class ReplenishmentStore {

    /** A pull list as stored: the bytes it is sent with. */
    public record StoredPullList(String pullListId, String supplier, int lineCount, byte[] body, Instant createdAt,
            Instant sentAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReplenishmentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a demand; false when it was collected before (by this or another instance). */
    public boolean collect(String demandId, String eventId, String sku, String warehouse, long quantity,
            String supplier, Instant occurredAt) {
        try {
            jdbc.update("INSERT INTO replenishment_demand (demand_id, event_id, sku, warehouse, quantity, supplier,"
                    + " occurred_at, collected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", demandId, eventId, sku, warehouse,
                    quantity, supplier, Timestamp.from(occurredAt), Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public List<OpenDemand> open() {
        return jdbc.query("SELECT demand_id, supplier, sku, warehouse, quantity FROM replenishment_demand"
                + " WHERE pull_list_id IS NULL ORDER BY demand_id", (rs, i) -> new OpenDemand(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
    }

    /**
     * Stores a pull list and marks its demands with its id; run inside the caller's transaction. Fails (and the
     * caller's transaction rolls back) if any of the demands is on another pull list already.
     */
    public void store(String pullListId, String supplier, int lineCount, byte[] body, List<String> demandIds,
            String instanceId) {
        jdbc.update("INSERT INTO pull_list (pull_list_id, supplier, line_count, body, created_at, instance_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)", pullListId, supplier, lineCount,
                new String(body, StandardCharsets.UTF_8), Timestamp.from(clock.instant()), instanceId);
        for (String demandId : demandIds) {
            int marked = jdbc.update("UPDATE replenishment_demand SET pull_list_id = ? WHERE demand_id = ?"
                    + " AND pull_list_id IS NULL", pullListId, demandId);
            if (marked != 1) {
                throw new IllegalStateException("demand " + demandId + " is on another pull list already");
            }
        }
    }

    /** Pull lists built but not yet acknowledged by Kafka, oldest first. */
    public List<StoredPullList> unsent() {
        return jdbc.query("SELECT pull_list_id, supplier, line_count, body, created_at, sent_at FROM pull_list"
                + " WHERE sent_at IS NULL ORDER BY created_at, pull_list_id", (rs, i) -> stored(rs));
    }

    public void markSent(String pullListId) {
        jdbc.update("UPDATE pull_list SET sent_at = ? WHERE pull_list_id = ? AND sent_at IS NULL",
                Timestamp.from(clock.instant()), pullListId);
    }

    /** The latest pull lists, newest first. */
    public List<StoredPullList> latest(int max) {
        return jdbc.query("SELECT pull_list_id, supplier, line_count, body, created_at, sent_at FROM pull_list"
                + " ORDER BY created_at DESC, pull_list_id DESC", rs -> {
                    List<StoredPullList> rows = new java.util.ArrayList<>();
                    while (rs.next() && rows.size() < max) {
                        rows.add(stored(rs));
                    }
                    return rows;
                });
    }

    /** A collected demand and the pull list it went out with (null while open). */
    public record CollectedDemand(String demandId, String sku, String warehouse, long quantity, String supplier,
            Instant collectedAt, String pullListId) {
    }

    public java.util.Optional<CollectedDemand> demand(String demandId) {
        return jdbc.query("SELECT demand_id, sku, warehouse, quantity, supplier, collected_at, pull_list_id"
                + " FROM replenishment_demand WHERE demand_id = ?", (rs, i) -> new CollectedDemand(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7)), demandId).stream().findFirst();
    }

    public int openCount() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM replenishment_demand WHERE pull_list_id IS NULL",
                Integer.class);
        return count == null ? 0 : count;
    }

    private static StoredPullList stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp(6);
        return new StoredPullList(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getString(4).getBytes(StandardCharsets.UTF_8), rs.getTimestamp(5).toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
