package org.eaihub.hub.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eaihub.adapters.scm.ScmOrderEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sagas' rows. Every method runs in the caller's transaction. No row lock is held while the saga calls the
 * ERP, the CRM or Kafka: every change of a saga raises its {@code deadline_seq}, and {@link #save} writes only over
 * the sequence the step started from (optimistic concurrency). A step that lost the race fails with
 * {@link ConcurrentSagaChange}, rolls back, and its trigger is delivered again; the remote calls it made carried
 * request ids, so the systems answer a repetition once.
 */
public class OrderSagaStore {

    private static final String COLUMNS = "order_number, customer_id, erp_customer, ship_to_party, state, attempt,"
            + " resends, erp_order, invoice_number, tracking_number, reason, order_json, correlation_id, deadline_at,"
            + " deadline_seq, backorder_until, shipments_accepted, overdue, created_at, updated_at";

    /** A saga's step as the tracking view shows it. */
    public record Step(String step, SagaState state, String detail, Instant at) {
    }

    /** A shipment the SCM planned for the order. */
    public record Shipment(String shipmentId, String warehouse, String carrier, String trackingNumber,
            boolean dispatched) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instanceId;

    public OrderSagaStore(JdbcTemplate jdbc, Clock clock, String instanceId) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Creates the saga in RECEIVED unless it exists; true when this call created it. */
    public boolean create(String orderNumber, String customerId, String orderJson, String correlationId,
            Instant deadline) {
        Instant now = now();
        try {
            jdbc.update("INSERT INTO order_saga (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    orderNumber, customerId, null, null, SagaState.RECEIVED.name(), 1, 0, null, null, null, null,
                    orderJson, correlationId, ts(deadline), 1, null, false, false, ts(now), ts(now));
        } catch (DuplicateKeyException e) {
            return false;
        }
        step(orderNumber, "RECEIVED", SagaState.RECEIVED, null);
        return true;
    }

    public Optional<OrderSaga> find(String orderNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM order_saga WHERE order_number = ?", OrderSagaStore::map,
                orderNumber).stream().findFirst();
    }

    /** Another trigger changed the saga while this step ran. */
    public static class ConcurrentSagaChange extends RuntimeException {
        ConcurrentSagaChange(String orderNumber) {
            super("saga " + orderNumber + " changed meanwhile; the step is repeated");
        }
    }

    /**
     * Writes the saga's new state (and every field the step changed); its {@code deadlineSeq} must be one more than
     * the one read.
     */
    public void save(OrderSaga s) {
        int updated = jdbc.update("UPDATE order_saga SET erp_customer = ?, ship_to_party = ?, state = ?, attempt = ?,"
                + " resends = ?, erp_order = ?, invoice_number = ?, tracking_number = ?, reason = ?, deadline_at = ?,"
                + " deadline_seq = ?, backorder_until = ?, shipments_accepted = ?, overdue = ?, updated_at = ?"
                + " WHERE order_number = ? AND deadline_seq = ?",
                s.erpCustomer(), s.shipToParty(), s.state().name(), s.attempt(), s.resends(), s.erpOrder(),
                s.invoiceNumber(), s.trackingNumber(), s.reason(), ts(s.deadlineAt()), s.deadlineSeq(),
                ts(s.backorderUntil()), s.shipmentsAccepted(), s.overdue(), ts(now()), s.orderNumber(),
                s.deadlineSeq() - 1);
        if (updated != 1) {
            throw new ConcurrentSagaChange(s.orderNumber());
        }
    }

    public void step(String orderNumber, String step, SagaState state, String detail) {
        jdbc.update("INSERT INTO order_saga_step (order_number, step, state, detail, at, instance_id)"
                + " VALUES (?,?,?,?,?,?)", orderNumber, step, state.name(),
                detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail, ts(now()),
                instanceId);
    }

    /** Records that the event was applied; false when it was already (a re-published or redelivered event). */
    public boolean firstTime(ScmOrderEvent event) {
        try {
            jdbc.update("INSERT INTO order_saga_event (event_id, order_number, event_type, at) VALUES (?,?,?,?)",
                    event.eventId(), event.orderRef(), event.type(), ts(now()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public void addShipment(String orderNumber, ScmOrderEvent.ShipmentRef shipment) {
        int updated = jdbc.update("UPDATE order_saga_shipment SET warehouse = COALESCE(?, warehouse),"
                + " carrier = COALESCE(?, carrier), tracking_number = COALESCE(?, tracking_number)"
                + " WHERE order_number = ? AND shipment_id = ?", shipment.warehouse(), shipment.carrier(),
                shipment.trackingNumber(), orderNumber, shipment.shipmentId());
        if (updated == 0) {
            jdbc.update("INSERT INTO order_saga_shipment (order_number, shipment_id, warehouse, carrier,"
                    + " tracking_number, dispatched) VALUES (?,?,?,?,?,?)", orderNumber, shipment.shipmentId(),
                    shipment.warehouse(), shipment.carrier(), shipment.trackingNumber(), false);
        }
    }

    public void markDispatched(String orderNumber, ScmOrderEvent.ShipmentRef shipment) {
        addShipment(orderNumber, shipment);
        jdbc.update("UPDATE order_saga_shipment SET dispatched = ? WHERE order_number = ? AND shipment_id = ?", true,
                orderNumber, shipment.shipmentId());
    }

    public void clearShipments(String orderNumber) {
        jdbc.update("DELETE FROM order_saga_shipment WHERE order_number = ?", orderNumber);
    }

    public List<Shipment> shipments(String orderNumber) {
        return jdbc.query("SELECT shipment_id, warehouse, carrier, tracking_number, dispatched"
                + " FROM order_saga_shipment WHERE order_number = ? ORDER BY shipment_id",
                (rs, i) -> new Shipment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)), orderNumber);
    }

    public List<Step> steps(String orderNumber) {
        return jdbc.query("SELECT step, state, detail, at FROM order_saga_step WHERE order_number = ? ORDER BY id",
                (rs, i) -> new Step(rs.getString(1), SagaState.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()), orderNumber);
    }

    /** Sagas whose deadline passed, oldest first: order number and the deadline's sequence. */
    public List<Due> due(Instant now, int limit) {
        return jdbc.query("SELECT order_number, deadline_seq FROM order_saga WHERE deadline_at <= ?"
                + " ORDER BY deadline_at FETCH FIRST " + limit + " ROWS ONLY",
                (rs, i) -> new Due(rs.getString(1), rs.getInt(2)), ts(now));
    }

    public record Due(String orderNumber, int deadlineSeq) {
    }

    /** How many sagas are in each state (metrics, the operators' view). */
    public List<Object[]> countByState() {
        return jdbc.query("SELECT state, COUNT(*) FROM order_saga GROUP BY state",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)});
    }

    /** The most recently changed sagas, newest first; only those not in a terminal state when {@code open}. */
    public List<OrderSaga> latest(boolean open, int max) {
        String where = open ? " WHERE state NOT IN ('COMPLETED', 'REJECTED', 'CANCELLED')" : "";
        return jdbc.query("SELECT " + COLUMNS + " FROM order_saga" + where + " ORDER BY updated_at DESC"
                + " FETCH FIRST " + Math.min(Math.max(max, 1), 1000) + " ROWS ONLY", OrderSagaStore::map);
    }

    private static OrderSaga map(ResultSet rs, int row) throws SQLException {
        return new OrderSaga(rs.getString("order_number"), rs.getString("customer_id"), rs.getString("erp_customer"),
                rs.getString("ship_to_party"), SagaState.valueOf(rs.getString("state")), rs.getInt("attempt"),
                rs.getInt("resends"), rs.getString("erp_order"), rs.getString("invoice_number"),
                rs.getString("tracking_number"), rs.getString("reason"), rs.getString("order_json"),
                rs.getString("correlation_id"), instant(rs.getTimestamp("deadline_at")), rs.getInt("deadline_seq"),
                instant(rs.getTimestamp("backorder_until")), rs.getBoolean("shipments_accepted"),
                rs.getBoolean("overdue"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
