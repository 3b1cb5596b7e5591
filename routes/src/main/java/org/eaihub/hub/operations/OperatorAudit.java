package org.eaihub.hub.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.eaihub.hub.operations.AuditEntry.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit of operators' actions, in the hub's database (table {@code operator_audit}), shared by every hub
 * instance. Writing the audit never undoes the action: an action that happened is reported even if its audit row
 * could not be written (that failure is logged).
 */
public class OperatorAudit {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAudit.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instanceId;

    public OperatorAudit(JdbcTemplate jdbc, Clock clock, String instanceId) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    public void record(String actor, String action, String target, Outcome outcome, String detail) {
        AuditEntry e = AuditEntry.of(clock.instant(), actor, action, target, outcome, detail, instanceId);
        try {
            jdbc.update("INSERT INTO operator_audit (at, actor, action, target, outcome, detail, instance_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(e.at()), e.actor(), e.action(), e.target(),
                    e.outcome().name(), e.detail(), e.instance());
        } catch (RuntimeException failure) {
            LOG.warn("Could not audit {} of {} by {}: {}", e.action(), e.target(), e.actor(), failure.toString());
        }
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> latest(int max) {
        return jdbc.query("SELECT id, at, actor, action, target, outcome, detail, instance_id FROM operator_audit"
                + " ORDER BY id DESC FETCH FIRST " + Math.min(Math.max(max, 1), 1000) + " ROWS ONLY",
                (rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("detail"), rs.getString("instance_id")));
    }
}
