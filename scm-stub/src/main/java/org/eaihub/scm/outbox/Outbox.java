package org.eaihub.scm.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.eaihub.config.correlation.Correlation;
import org.eaihub.scm.contract.ContractJson;
import org.eaihub.scm.contract.EventType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes events into the outbox, inside the caller's transaction: an event exists exactly when the state
 * change it reports was committed. The correlation ids of the current logging context travel with it.
 */
@Component
public class Outbox {

    private final OutboxRepository events;
    private final Clock clock;

    public Outbox(OutboxRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param key        the Kafka key: the order reference for reservation and shipment events, the SKU for
     *                   inventory events
     * @param requestId  the request id of the command the event goes back to
     * @return the event's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String append(EventType type, String key, String requestId, Object body) {
        String eventId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        byte[] payload = ContractJson.event(type, eventId, now, requestId, body);
        events.save(new OutboxEvent(eventId, requestId, type.topic(), key, type.wireName(),
                new String(payload, StandardCharsets.UTF_8), Correlation.current(), Correlation.currentCausation(),
                now));
        return eventId;
    }
}
