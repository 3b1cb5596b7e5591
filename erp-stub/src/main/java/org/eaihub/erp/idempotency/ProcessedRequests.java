package org.eaihub.erp.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a state-changing call idempotent by the client's request id. The first call runs in one transaction
 * that also records the request id (unique key), a fingerprint of the request and the response; a retry with
 * the same id and the same request gets that response back without running again; the same id with another
 * request is refused. A call that failed left no record, so its retry runs anew.
 *
 * <p>Two identical requests at the same moment: the second one's insert of the request id waits for the first
 * transaction and then fails on the unique key, its own work is rolled back, and it answers with the first
 * one's response.
 */
@Component
public class ProcessedRequests {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedRequests.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RequestCodec codec;
    private final ErpCalendar calendar;

    public ProcessedRequests(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RequestCodec codec,
            ErpCalendar calendar) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.codec = codec;
        this.calendar = calendar;
    }

    /**
     * The response of the call, run now or replayed.
     *
     * @param processedAt when the call first ran
     */
    public record Outcome<R>(R response, boolean replayed, Instant processedAt) {
    }

    private record Stored(String operation, String fingerprint, String response, Instant processedAt) {
    }

    public <R> Outcome<R> execute(String requestId, String operation, Object request, Class<R> responseType,
            String user, Supplier<R> work) {
        String fingerprint = RequestFingerprint.of(operation, codec.write(request));
        Optional<Stored> earlier = find(requestId);
        if (earlier.isPresent()) {
            return replay(requestId, operation, fingerprint, earlier.get(), responseType);
        }
        try {
            return transactions.execute(status -> {
                Instant now = calendar.now();
                jdbc.update("INSERT INTO processed_request (request_id, operation, fingerprint, response, processed_at,"
                        + " processed_by) VALUES (?, ?, ?, ?, ?, ?)", requestId, operation, fingerprint, "",
                        Timestamp.from(now), user);
                R response = work.get();
                jdbc.update("UPDATE processed_request SET response = ? WHERE request_id = ?", codec.write(response),
                        requestId);
                return new Outcome<>(response, false, now);
            });
        } catch (DataIntegrityViolationException e) {
            Stored twin = find(requestId).orElseThrow(() -> e);
            LOG.info("Request {} ({}) was processed concurrently; answering with that result", requestId, operation);
            return replay(requestId, operation, fingerprint, twin, responseType);
        }
    }

    private <R> Outcome<R> replay(String requestId, String operation, String fingerprint, Stored stored,
            Class<R> responseType) {
        if (!stored.operation().equals(operation) || !stored.fingerprint().equals(fingerprint)) {
            LOG.warn("Request id {} reused for a different {} request (first: {})", requestId, operation,
                    stored.operation());
            throw ErpException.at(ErpMessage.REQUEST_ID_REUSED, null, "REQUEST_ID", requestId,
                    stored.operation() + " at " + stored.processedAt());
        }
        LOG.info("Request {} ({}) replayed", requestId, operation);
        return new Outcome<>(codec.read(stored.response(), responseType), true, stored.processedAt());
    }

    private Optional<Stored> find(String requestId) {
        return jdbc.query("SELECT operation, fingerprint, response, processed_at FROM processed_request"
                + " WHERE request_id = ?", (rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()), requestId).stream().findFirst();
    }
}
