package org.eaihub.scm.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A command the SCM has processed, by request id (unique in the database). It is written in the command's own
 * transaction, so it exists exactly when the command's effects do.
 */
@Entity
@Table(name = "processed_command")
public class ProcessedCommand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    @Column(name = "command_type", nullable = false)
    private String commandType;
    @Column(nullable = false)
    private String reference;
    @Column(nullable = false)
    private String topic;
    @Column(name = "kafka_partition", nullable = false)
    private int kafkaPartition;
    @Column(name = "kafka_offset", nullable = false)
    private long kafkaOffset;
    /** SHA-256 of the command in canonical form, to notice a request id reused for different content. */
    @Column(name = "payload_hash", nullable = false)
    private String payloadHash;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ProcessedCommand() {
    }

    ProcessedCommand(String requestId, String commandType, String reference, String topic, int kafkaPartition,
            long kafkaOffset, String payloadHash, Instant receivedAt) {
        this.requestId = requestId;
        this.commandType = commandType;
        this.reference = reference;
        this.topic = topic;
        this.kafkaPartition = kafkaPartition;
        this.kafkaOffset = kafkaOffset;
        this.payloadHash = payloadHash;
        this.receivedAt = receivedAt;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getCommandType() {
        return commandType;
    }

    public String getPayloadHash() {
        return payloadHash;
    }
}
