package org.eaihub.config.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.config.correlation.Correlation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes messages to the outbox table inside the caller's transaction: the business change and the message
 * commit together or not at all. The {@link OutboxRelay} publishes them afterwards.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final Clock clock;

    public Outbox(JdbcTemplate jdbc, ObjectMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Adds the message; fails unless a transaction is active, because alone it would prove nothing. */
    public String enqueue(OutboxMessage message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An outbox message must be written in the transaction of its change");
        }
        Map<String, String> properties = new java.util.HashMap<>(message.properties());
        if (Correlation.current() != null) {
            properties.putIfAbsent(Correlation.CORRELATION_ID, Correlation.current());
        }
        if (Correlation.currentCausation() != null) {
            properties.putIfAbsent(Correlation.CAUSATION_ID, Correlation.currentCausation());
        }
        try {
            jdbc.update("INSERT INTO outbox_message (message_id, destination, payload, properties, group_id, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", message.messageId(), message.destination(), message.payload(),
                    mapper.writeValueAsString(properties), message.groupId(), Timestamp.from(clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbox properties are not serializable", e);
        }
        return message.messageId();
    }
}
