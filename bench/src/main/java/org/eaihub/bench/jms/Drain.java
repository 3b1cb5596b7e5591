package org.eaihub.bench.jms;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

/** The consumer of the output queue in both shapes: records each numbered message, acknowledges in batches. */
final class Drain implements Loop {
    private final Session session;
    private final MessageConsumer consumer;
    private final Arrivals arrivals;

    Drain(Connection connection, String queue, Arrivals arrivals) throws JMSException {
        this.session = connection.createSession(false, Session.DUPS_OK_ACKNOWLEDGE);
        this.consumer = session.createConsumer(session.createQueue(queue));
        this.arrivals = arrivals;
    }

    @Override
    public boolean step() throws JMSException {
        Message message = consumer.receive(JmsLoad.RECEIVE_MILLIS);
        if (message != null) {
            arrivals.arrived(message.getIntProperty(JmsLoad.TRIAL), message.getIntProperty(JmsLoad.SEQUENCE));
        }
        return true;
    }

    @Override
    public void close() throws JMSException {
        session.close();
    }
}
