package org.eaihub.crm.events;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.outbox.Outbox;
import org.eaihub.config.outbox.OutboxMessage;
import org.springframework.stereotype.Component;

/**
 * Canonical messages from the CRM into the outbox, in the caller's transaction: the envelope joins the
 * conversation in the logging context (an HTTP request's or a received message's correlation id), the document is
 * validated and written as JSON, and the wire-contract properties travel beside it.
 */
@Component
public class CanonicalOutbox {

    private final Outbox outbox;
    private final CanonicalCodec codec;

    public CanonicalOutbox(Outbox outbox, CanonicalCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** An envelope from the CRM about {@code businessKey}, in the current conversation if there is one. */
    public Envelope envelope(Class<? extends CanonicalMessage> type, String businessKey) {
        Envelope envelope = Envelope.newConversation(type, SystemCode.CRM, businessKey);
        String correlation = Correlation.current();
        if (correlation == null) {
            return envelope;
        }
        return new Envelope(envelope.messageId(), correlation, Correlation.currentCausation(),
                envelope.messageType(), envelope.schemaVersion(), envelope.sourceSystem(), envelope.occurredAt(),
                envelope.businessKey(), envelope.sourceRecordId(), envelope.sourceLastModified());
    }

    /** Puts the message into the outbox for {@code queue}, grouped by {@code groupId}; returns its message id. */
    public String enqueue(CanonicalMessage message, String queue, String groupId) {
        Envelope envelope = message.envelope();
        String json = new String(codec.write(message, Format.JSON), StandardCharsets.UTF_8);
        Map<String, String> properties = new HashMap<>();
        properties.put(WireContract.MESSAGE_TYPE, envelope.messageType());
        properties.put(WireContract.CONTENT_TYPE, Format.JSON.contentType());
        properties.put(WireContract.SCHEMA_VERSION, envelope.schemaVersion());
        properties.put(WireContract.MESSAGE_ID, envelope.messageId());
        properties.put(WireContract.SOURCE_SYSTEM, envelope.sourceSystem().name());
        properties.put(WireContract.BUSINESS_KEY, envelope.businessKey());
        properties.put(Correlation.CORRELATION_ID, envelope.correlationId());
        if (envelope.causationId() != null) {
            properties.put(Correlation.CAUSATION_ID, envelope.causationId());
        }
        return outbox.enqueue(new OutboxMessage(envelope.messageId(), queue, json, properties, groupId));
    }
}
