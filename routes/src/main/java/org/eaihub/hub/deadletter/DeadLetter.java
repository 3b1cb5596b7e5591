package org.eaihub.hub.deadletter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eaihub.config.privacy.PersonalData;

/**
 * A message in a dead-letter queue as operators see it: its id, where it came from, why it is here (the
 * {@code dlq*} properties the hub sets, or Artemis's own after too many deliveries), all its properties and its body.
 */
public record DeadLetter(String messageId, String originalQueue, String reason, int deliveryCount,
        Map<String, Object> properties, String body) {

    /** This message with customers' personal data masked in its body, its reason and its text properties. */
    public DeadLetter masked() {
        Map<String, Object> maskedProperties = new LinkedHashMap<>();
        (properties == null ? Map.<String, Object>of() : properties).forEach((name, value) -> maskedProperties.put(name,
                value instanceof String text ? PersonalData.maskDocument(text) : value));
        return new DeadLetter(messageId, originalQueue, PersonalData.maskDocument(reason), deliveryCount,
                maskedProperties, PersonalData.maskDocument(body));
    }
}
