package org.eaihub.hub.order;

/** Sends a command to the SCM and returns once the broker acknowledged it (Kafka {@code acks=all}). */
@FunctionalInterface
public interface ScmCommandSender {
    void send(String topic, String orderRef, String json);
}
