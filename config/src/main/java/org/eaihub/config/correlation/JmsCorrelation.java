package org.eaihub.config.correlation;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

import org.springframework.jms.core.MessagePostProcessor;

/** Correlation ids on JMS messages, for code that uses Spring's JmsTemplate rather than Camel. */
public final class JmsCorrelation {

    private JmsCorrelation() {
    }

    /** Copies the current ids onto an outgoing message, unless it carries its own. */
    public static MessagePostProcessor propagate() {
        return message -> {
            stamp(message);
            return message;
        };
    }

    public static void stamp(Message message) throws JMSException {
        if (message.getStringProperty(Correlation.CORRELATION_ID) == null) {
            String current = Correlation.current();
            message.setStringProperty(Correlation.CORRELATION_ID, current != null ? current : Correlation.newId());
        }
        if (message.getStringProperty(Correlation.CAUSATION_ID) == null && Correlation.currentCausation() != null) {
            message.setStringProperty(Correlation.CAUSATION_ID, Correlation.currentCausation());
        }
    }

    /** Opens a logging scope with the ids of a received message; the message id becomes the causation. */
    public static Correlation.Scope open(Message message) throws JMSException {
        return Correlation.open(message.getStringProperty(Correlation.CORRELATION_ID), message.getJMSMessageID());
    }
}
