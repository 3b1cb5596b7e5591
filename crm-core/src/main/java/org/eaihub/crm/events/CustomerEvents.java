package org.eaihub.crm.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.outbox.Outbox;
import org.eaihub.config.outbox.OutboxMessage;
import org.eaihub.crm.customer.CustomerRecord;
import org.springframework.stereotype.Component;

/**
 * Puts a {@code SyncCustomerPartyMaster} for a changed customer into the outbox, in the transaction of the
 * change. The message is grouped by customer id so that one customer's changes are consumed in order.
 */
@Component
public class CustomerEvents {

    public static final String QUEUE = "crm.customer.events";

    private final Outbox outbox;
    private final CanonicalCodec codec;

    public CustomerEvents(Outbox outbox, CanonicalCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** Call after the change was flushed, so that the record carries its new version. */
    public String changed(CustomerRecord record) {
        Customer customer = CanonicalCustomerMapper.toCanonical(record);
        Envelope envelope = Envelope.newConversation(SyncCustomerPartyMaster.class, SystemCode.CRM, record.getId())
                .withSourceRecord(record.getId(), record.getLastModified());
        String correlation = Correlation.current();
        if (correlation != null) {
            envelope = new Envelope(envelope.messageId(), correlation, Correlation.currentCausation(),
                    envelope.messageType(), envelope.schemaVersion(), envelope.sourceSystem(), envelope.occurredAt(),
                    envelope.businessKey(), envelope.sourceRecordId(), envelope.sourceLastModified());
        }
        SyncCustomerPartyMaster message = new SyncCustomerPartyMaster(envelope, customer);
        String json = new String(codec.write(message, Format.JSON), StandardCharsets.UTF_8);
        return outbox.enqueue(new OutboxMessage(envelope.messageId(), QUEUE, json, Map.of(
                WireContract.MESSAGE_TYPE, envelope.messageType(),
                WireContract.CONTENT_TYPE, Format.JSON.contentType(),
                WireContract.SCHEMA_VERSION, envelope.schemaVersion(),
                WireContract.BUSINESS_KEY, record.getId(),
                Correlation.CORRELATION_ID, envelope.correlationId()), record.getId()));
    }
}
