package org.eaihub.hub.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.eaihub.adapters.scm.ScmEventException;
import org.eaihub.hub.intake.DeadLetters;

/**
 * The headers a record sent to a dead-letter topic ({@code <topic>.DLT}) carries besides its original key, bytes
 * and headers, named as the SCM names its own ({@code dlt.*}), so that one operator view reads both. Values are
 * strings; the reason names fields and rules, never values.
 */
public final class KafkaDeadLetters {

    public static final String REASON = "dlt.reason";
    public static final String EXCEPTION = "dlt.exception";
    public static final String TOPIC = "dlt.topic";
    public static final String PARTITION = "dlt.partition";
    public static final String OFFSET = "dlt.offset";
    public static final String ATTEMPTS = "dlt.attempts";
    public static final String CONSUMER_GROUP = "dlt.consumer-group";
    public static final String ROUTE = "dlt.route";

    private KafkaDeadLetters() {
    }

    /** The dead-letter topic's endpoint: the value as the original bytes, acknowledged before the route goes on. */
    public static String endpoint(String topic) {
        return "kafka:" + topic + ".DLT?valueSerializer=org.apache.kafka.common.serialization.ByteArraySerializer"
                + "&synchronous=true";
    }

    /** Sets the {@code dlt.*} headers on the (original) message of a failed exchange. */
    public static Processor describe(String routeId, String consumerGroup, String defaultReason) {
        return exchange -> {
            Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            var message = exchange.getMessage();
            String reason = failure instanceof ScmEventException scm ? scm.reason() : defaultReason;
            message.setHeader(REASON, reason);
            message.setHeader(EXCEPTION, failure == null ? "unknown"
                    : failure.getClass().getName() + ": " + DeadLetters.reason(failure));
            message.setHeader(TOPIC, String.valueOf(message.getHeader(KafkaConstants.TOPIC)));
            message.setHeader(PARTITION, String.valueOf(message.getHeader(KafkaConstants.PARTITION)));
            message.setHeader(OFFSET, String.valueOf(message.getHeader(KafkaConstants.OFFSET)));
            Integer redeliveries = message.getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
            message.setHeader(ATTEMPTS, String.valueOf(1 + (redeliveries == null ? 0 : redeliveries)));
            message.setHeader(CONSUMER_GROUP, consumerGroup);
            message.setHeader(ROUTE, routeId);
        };
    }

    /** The value of a Kafka header as text (Camel hands them over as bytes); null when absent. */
    public static String header(Exchange exchange, String name) {
        return exchange.getMessage().getHeader(name, String.class);
    }
}
