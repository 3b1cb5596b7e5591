package org.eaihub.canonical;

import static org.eaihub.canonical.common.Patterns.ID;
import static org.eaihub.canonical.common.Patterns.MESSAGE_TYPE;
import static org.eaihub.canonical.common.Patterns.SCHEMA_VERSION;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eaihub.canonical.common.SystemCode;

/**
 * The envelope of every canonical message: who sent what, when, about which business object, and in reply to what.
 *
 * @param messageId          unique id of this message (a UUID when created here); receivers deduplicate on it
 * @param correlationId      id of the conversation: the {@code messageId} of the message that started it, copied
 *                           into every message that follows from it
 * @param causationId        {@code messageId} of the message that directly caused this one; absent for the first
 * @param messageType        the message type, e.g. {@code SyncCustomerPartyMaster}; see {@link MessageTypes}
 * @param schemaVersion      {@code MAJOR.MINOR} version of the message type's schema the document follows
 * @param sourceSystem       the system that produced the message
 * @param occurredAt         when the business event happened (or the request was made)
 * @param businessKey        id of the business object the message is about (customer id, order id, SKU ...); an id,
 *                           never a name or an e-mail address; used as partition / message-group key
 * @param sourceRecordId     the source system's own id of the record, when it differs from the business key
 * @param sourceLastModified the source system's last-modified time of the record, for stale-update detection
 */
public record Envelope(
        @NotNull @Pattern(regexp = ID) String messageId,
        @NotNull @Pattern(regexp = ID) String correlationId,
        @Pattern(regexp = ID) String causationId,
        @NotNull @Pattern(regexp = MESSAGE_TYPE) String messageType,
        @NotNull @Pattern(regexp = SCHEMA_VERSION) String schemaVersion,
        @NotNull SystemCode sourceSystem,
        @NotNull Instant occurredAt,
        @NotNull @Pattern(regexp = ID) String businessKey,
        @Pattern(regexp = ID) String sourceRecordId,
        Instant sourceLastModified) {

    /**
     * An envelope for a message that starts a conversation: new message id, correlation id = message id, no
     * causation, the type's current schema version, occurred now.
     */
    public static Envelope newConversation(Class<? extends CanonicalMessage> messageType, SystemCode sourceSystem,
            String businessKey) {
        MessageType type = MessageTypes.of(messageType);
        String id = UUID.randomUUID().toString();
        return new Envelope(id, id, null, type.name(), type.schemaVersion().toString(), sourceSystem, Instant.now(),
                businessKey, null, null);
    }

    /**
     * An envelope for a message caused by {@code cause} (a reply, or a next step): new message id, the cause's
     * correlation id, causation id = the cause's message id, the type's current schema version, occurred now.
     */
    public static Envelope causedBy(Envelope cause, Class<? extends CanonicalMessage> messageType,
            SystemCode sourceSystem, String businessKey) {
        Objects.requireNonNull(cause, "cause");
        MessageType type = MessageTypes.of(messageType);
        return new Envelope(UUID.randomUUID().toString(), cause.correlationId(), cause.messageId(), type.name(),
                type.schemaVersion().toString(), sourceSystem, Instant.now(), businessKey, null, null);
    }

    /** This envelope with the source system's own record id and last-modified time. */
    public Envelope withSourceRecord(String recordId, Instant lastModified) {
        return new Envelope(messageId, correlationId, causationId, messageType, schemaVersion, sourceSystem,
                occurredAt, businessKey, recordId, lastModified);
    }

    /** This envelope with another occurrence time. */
    public Envelope withOccurredAt(Instant time) {
        return new Envelope(messageId, correlationId, causationId, messageType, schemaVersion, sourceSystem, time,
                businessKey, sourceRecordId, sourceLastModified);
    }
}
