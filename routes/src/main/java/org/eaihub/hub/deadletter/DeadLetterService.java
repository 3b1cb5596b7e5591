package org.eaihub.hub.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.eaihub.hub.intake.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Browses dead-letter queues and replays their messages to the queue they came from. A replay moves one message
 * in one JMS transaction (take from the dead-letter queue, send to the original queue, commit), so a message is
 * never lost or doubled by a replay, even when the hub dies in the middle of it. It uses the broker's connection
 * factory directly, not Spring's caching one, whose cached consumers would keep stealing messages.
 */
public class DeadLetterService {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterService.class);
    private static final Pattern DEAD_LETTER_QUEUE = Pattern.compile("DLQ(\\.[a-z0-9][a-z0-9.\\-]{0,150})?");
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9:\\-]{1,100}");
    /** Artemis's own record of where a dead letter came from. */
    static final String ARTEMIS_ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
    public static final String REPLAYED_BY = "replayedBy";
    public static final String REPLAY_COUNT = "replayCount";
    /**
     * Artemis's management address: attribute requests sent there are answered on the request's reply-to. It is no
     * queue, so it is named without {@code Session.createQueue}, which would look a queue of that name up.
     */
    static final String MANAGEMENT_ADDRESS = "activemq.management";

    private final ConnectionFactory connectionFactory;

    public DeadLetterService(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    public static void checkQueue(String queue) {
        if (queue == null || !DEAD_LETTER_QUEUE.matcher(queue).matches()) {
            throw new IllegalArgumentException("Not a dead-letter queue: give DLQ or DLQ.<queue>");
        }
    }

    /** Up to {@code max} messages, oldest first, left where they are. */
    public List<DeadLetter> browse(String queue, int max) throws JMSException {
        checkQueue(queue);
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
            List<DeadLetter> letters = new ArrayList<>();
            for (Object element : Collections.list(browser.getEnumeration())) {
                if (letters.size() >= max) {
                    break;
                }
                letters.add(describe((Message) element));
            }
            return letters;
        }
    }

    /** Sends the named messages back to where they came from; returns the ids replayed (missing ones are skipped). */
    public List<String> replay(String queue, List<String> messageIds, String operator) throws JMSException {
        checkQueue(queue);
        List<String> replayed = new ArrayList<>();
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            connection.start();
            Queue source = session.createQueue(queue);
            for (String id : messageIds) {
                if (!MESSAGE_ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("Not a JMS message id: " + id.length() + " characters");
                }
                try (MessageConsumer consumer = session.createConsumer(source, "JMSMessageID = '" + id + "'")) {
                    Message message = consumer.receive(2000);
                    if (message != null) {
                        resend(session, message, operator);
                        session.commit();
                        replayed.add(id);
                    }
                }
            }
        }
        LOG.info("Operator {} replayed {} of {} messages from {}", operator, replayed.size(), messageIds.size(), queue);
        return replayed;
    }

    /** Replays everything the queue holds now (at most {@code max}). */
    public int replayAll(String queue, int max, String operator) throws JMSException {
        checkQueue(queue);
        int count = 0;
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            connection.start();
            Message message;
            while (count < max && (message = consumer.receive(1000)) != null) {
                resend(session, message, operator);
                session.commit();
                count++;
            }
        }
        LOG.info("Operator {} replayed all {} messages from {}", operator, count, queue);
        return count;
    }

    /**
     * How many messages each dead-letter queue holds, asked of the broker's management (one attribute request per
     * queue on one connection), not by browsing. A queue the broker did not answer for is left out, and so are the
     * queues after it: a late answer would otherwise be read as the next queue's depth.
     */
    public Map<String, Long> depths(Collection<String> queues) throws JMSException {
        Map<String, Long> depths = new LinkedHashMap<>();
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            // The temporary queue goes with the connection: deleting it explicitly needs DELETE_ADDRESS, which the
            // hub's account does not have.
            TemporaryQueue replies = session.createTemporaryQueue();
            try (MessageProducer requests = session.createProducer(ActiveMQJMSClient.createQueue(MANAGEMENT_ADDRESS));
                    MessageConsumer answers = session.createConsumer(replies)) {
                for (String queue : queues) {
                    checkQueue(queue);
                    Message request = session.createMessage();
                    request.setJMSReplyTo(replies);
                    JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + queue, "messageCount");
                    requests.send(request);
                    Message answer = answers.receive(2000);
                    if (answer == null) {
                        break;
                    }
                    if (JMSManagementHelper.hasOperationSucceeded(answer)
                            && managementResult(answer) instanceof Number count) {
                        depths.put(queue, count.longValue());
                    }
                }
            }
        }
        return depths;
    }

    private static Object managementResult(Message answer) {
        try {
            return JMSManagementHelper.getResult(answer);
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static void resend(Session session, Message original, String operator) throws JMSException {
        String target = originalQueue(original);
        if (target == null) {
            throw new IllegalStateException("Message " + original.getJMSMessageID() + " does not say where it came from");
        }
        Message copy;
        if (original instanceof TextMessage text) {
            copy = session.createTextMessage(text.getText());
        } else if (original instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage out = session.createBytesMessage();
            out.writeBytes(body);
            copy = out;
        } else {
            throw new IllegalStateException("Only text and bytes messages are replayed");
        }
        for (String name : Collections.list((java.util.Enumeration<String>) original.getPropertyNames())) {
            if (!name.startsWith("dlq") && !name.startsWith("_AMQ_") && !name.startsWith("JMSX")) {
                copy.setObjectProperty(name, original.getObjectProperty(name));
            }
        }
        if (original.getStringProperty("JMSXGroupID") != null) {
            copy.setStringProperty("JMSXGroupID", original.getStringProperty("JMSXGroupID"));
        }
        int count = original.propertyExists(REPLAY_COUNT) ? original.getIntProperty(REPLAY_COUNT) : 0;
        copy.setIntProperty(REPLAY_COUNT, count + 1);
        copy.setStringProperty(REPLAYED_BY, operator);
        copy.setJMSCorrelationID(original.getJMSCorrelationID());
        session.createProducer(session.createQueue(target)).send(copy);
    }

    static String originalQueue(Message message) throws JMSException {
        String queue = message.getStringProperty(DeadLetters.ORIGINAL_QUEUE);
        if (queue == null) {
            queue = message.getStringProperty(ARTEMIS_ORIGINAL_QUEUE);
        }
        return queue;
    }

    private static DeadLetter describe(Message message) throws JMSException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : Collections.list((java.util.Enumeration<String>) message.getPropertyNames())) {
            properties.put(name, String.valueOf(message.getObjectProperty(name)));
        }
        String body;
        if (message instanceof TextMessage text) {
            body = text.getText();
        } else if (message instanceof BytesMessage bytes) {
            byte[] data = new byte[(int) Math.min(bytes.getBodyLength(), 1 << 20)];
            bytes.readBytes(data);
            body = new String(data, StandardCharsets.UTF_8);
        } else {
            body = null;
        }
        String reason = message.getStringProperty(DeadLetters.REASON);
        if (reason == null && message.propertyExists(ARTEMIS_ORIGINAL_QUEUE)) {
            reason = "delivery failed " + message.getIntProperty("JMSXDeliveryCount") + " times";
        }
        int deliveries = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
        return new DeadLetter(message.getJMSMessageID(), originalQueue(message), reason, deliveries, properties, body);
    }
}
