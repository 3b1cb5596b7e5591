package org.eaihub.bench.jms;

import java.util.List;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.eaihub.canonical.WireContract;

/**
 * The raw baseline of the route: in one transacted session, receive a message, send the same content on, commit;
 * one message per transaction, as the route.
 */
final class RawRelay implements Loop {
    private final Session session;
    private final MessageConsumer consumer;
    private final MessageProducer producer;

    RawRelay(Connection connection) throws JMSException {
        this.session = connection.createSession(true, Session.SESSION_TRANSACTED);
        this.consumer = session.createConsumer(session.createQueue(JmsLoad.RAW_IN));
        this.producer = session.createProducer(session.createQueue(JmsLoad.RAW_OUT));
        this.producer.setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    @Override
    public boolean step() throws JMSException {
        Message received = consumer.receive(JmsLoad.RECEIVE_MILLIS);
        if (received == null) {
            return true;
        }
        BytesMessage in = (BytesMessage) received;
        byte[] body = new byte[(int) in.getBodyLength()];
        in.readBytes(body);
        BytesMessage out = session.createBytesMessage();
        out.writeBytes(body);
        for (String name : List.of(WireContract.CONTENT_TYPE, WireContract.MESSAGE_TYPE,
                WireContract.SCHEMA_VERSION, WireContract.CORRELATION_ID)) {
            out.setStringProperty(name, in.getStringProperty(name));
        }
        out.setIntProperty(JmsLoad.TRIAL, in.getIntProperty(JmsLoad.TRIAL));
        out.setIntProperty(JmsLoad.SEQUENCE, in.getIntProperty(JmsLoad.SEQUENCE));
        out.setStringProperty(JmsLoad.GROUP, in.getStringProperty(WireContract.CORRELATION_ID));
        producer.send(out);
        session.commit();
        return true;
    }

    @Override
    public void close() throws JMSException {
        // Nothing is uncommitted once a trial is complete (the drain saw every message); after a failure the
        // close rolls back, as a crashed relay would.
        session.close();
    }
}
