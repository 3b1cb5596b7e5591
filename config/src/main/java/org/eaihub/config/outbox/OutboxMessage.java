package org.eaihub.config.outbox;

import java.util.Map;
import java.util.UUID;

/**
 * A message to publish once the surrounding transaction commits.
 *
 * @param messageId   unique id; the broker's duplicate-detection id ({@code _AMQ_DUPL_ID})
 * @param destination the queue
 * @param payload     the text body
 * @param properties  string properties (content type, message type, correlation ids, ...)
 * @param groupId     {@code JMSXGroupID}: messages of one group are consumed in order by one consumer
 */
public record OutboxMessage(String messageId, String destination, String payload, Map<String, String> properties,
        String groupId) {

    public OutboxMessage {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static OutboxMessage of(String destination, String payload, Map<String, String> properties,
            String groupId) {
        return new OutboxMessage(UUID.randomUUID().toString(), destination, payload, properties, groupId);
    }
}
