package org.eaihub.crm.events;

import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.crm.customer.CustomerRecord;
import org.springframework.stereotype.Component;

/**
 * Puts a {@code SyncCustomerPartyMaster} for a changed customer into the outbox, in the transaction of the
 * change. The message is grouped by customer id so that one customer's changes are consumed in order.
 */
@Component
public class CustomerEvents {

    public static final String QUEUE = "crm.customer.events";

    private final CanonicalOutbox outbox;

    public CustomerEvents(CanonicalOutbox outbox) {
        this.outbox = outbox;
    }

    /** Call after the change was flushed, so that the record carries its new version. */
    public String changed(CustomerRecord record) {
        Envelope envelope = outbox.envelope(SyncCustomerPartyMaster.class, record.getId())
                .withSourceRecord(record.getId(), record.getLastModified());
        return outbox.enqueue(new SyncCustomerPartyMaster(envelope, CanonicalCustomerMapper.toCanonical(record)),
                QUEUE, record.getId());
    }
}
