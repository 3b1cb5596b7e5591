package org.eaihub.hub.deadletter;

import java.util.Map;

/**
 * A message in a dead-letter queue as operators see it: its id, where it came from, why it is here (the
 * {@code dlq*} properties the hub sets, or Artemis's own after too many deliveries), all its properties and its body.
 */
public record DeadLetter(String messageId, String originalQueue, String reason, int deliveryCount,
        Map<String, Object> properties, String body) {
}
