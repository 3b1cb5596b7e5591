package org.eaihub.scm.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eaihub.scm.outbox.EventPublisher;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The SCM's own messaging: UP while every command consumer polls Kafka, DOWN when one has not polled for a
 * while (it cannot reach Kafka, or it is stuck), with the consumers' states and the outbox backlog as details.
 */
public class CommandConsumersHealthIndicator extends AbstractHealthIndicator {

    private static final Duration SILENCE = Duration.ofSeconds(60);

    private final CommandConsumers consumers;
    private final EventPublisher publisher;

    public CommandConsumersHealthIndicator(CommandConsumers consumers, EventPublisher publisher) {
        super("Command consumer health check failed");
        this.consumers = consumers;
        this.publisher = publisher;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean up = true;
        Map<String, Object> details = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (CommandConsumer consumer : consumers.consumers().values()) {
            Instant lastPoll = consumer.lastPoll();
            boolean silent = consumer.state() == CommandConsumer.State.RECONNECTING
                    || (consumer.state() == CommandConsumer.State.RUNNING && lastPoll != null
                            && lastPoll.plus(SILENCE).isBefore(now));
            up &= !silent;
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("state", consumer.state().name());
            if (lastPoll != null) {
                state.put("lastPoll", lastPoll.toString());
            }
            if (consumer.lastError() != null) {
                state.put("lastError", consumer.lastError());
            }
            details.put(consumer.topic(), state);
        }
        builder.status(up ? "UP" : "DOWN").withDetail("consumers", details)
                .withDetail("outboxBacklog", publisher.backlog());
    }
}
