package org.eaihub.bench.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.eaihub.canonical.WireContract;

/** A backend: persistent, non-transacted sends that each wait for the broker (Core's blockOnDurableSend). */
final class Producer implements Loop {
    private final Session session;
    private final MessageProducer producer;
    private final int trial;
    private final int to;
    private final OrderDocuments documents;
    private int next;

    Producer(Connection connection, String queue, int trial, int from, int to, OrderDocuments documents)
            throws JMSException {
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.producer = session.createProducer(session.createQueue(queue));
        this.producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        this.trial = trial;
        this.next = from;
        this.to = to;
        this.documents = documents;
    }

    @Override
    public boolean step() throws JMSException {
        if (next >= to) {
            return false;
        }
        OrderDocuments.Document document = documents.get(next);
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(document.json());
        message.setStringProperty(WireContract.CONTENT_TYPE, "application/json");
        message.setStringProperty(WireContract.MESSAGE_TYPE, document.messageType());
        message.setStringProperty(WireContract.SCHEMA_VERSION, document.schemaVersion());
        message.setStringProperty(WireContract.CORRELATION_ID, document.correlationId());
        message.setIntProperty(JmsLoad.TRIAL, trial);
        message.setIntProperty(JmsLoad.SEQUENCE, next);
        producer.send(message);
        next++;
        return true;
    }

    @Override
    public void close() throws JMSException {
        session.close();
    }
}
