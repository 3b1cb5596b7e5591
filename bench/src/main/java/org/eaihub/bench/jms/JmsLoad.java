package org.eaihub.bench.jms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Drives persistent ~1 KiB orders through one of two shapes on the same broker and measures end-to-end throughput:
 * <ul>
 * <li>{@link Shape#HUB}: producers send to {@code hub.in.order}; the hub route (in the landscape's JVM) consumes,
 * parses, validates and forwards each in one JMS transaction to {@code hub.order.intake}.</li>
 * <li>{@link Shape#RAW}: producers send to {@code bench.raw.in}; as many raw relay threads as the route has consumers,
 * on one shared Core connection as the route's listener container has, each do a transacted receive-and-send of the
 * same bytes and properties (and the same kind of message group) to {@code bench.raw.out}, one message per
 * transaction as the route does.</li>
 * </ul>
 * The same producers (one Core connection each, non-transacted persistent sends that wait for the broker) and the same
 * drain consumers serve both shapes. A trial's time runs from the first send to the arrival of the last distinct
 * message at the drain; every message is numbered, and a trial fails unless every number arrives.
 */
public final class JmsLoad implements AutoCloseable {

    public static final String RAW_IN = "bench.raw.in";
    public static final String RAW_OUT = "bench.raw.out";
    static final String SEQUENCE = "benchSeq";
    static final String TRIAL = "benchTrial";
    static final String GROUP = "JMSXGroupID";
    static final long RECEIVE_MILLIS = 100;
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** Where the load enters and where it is drained. */
    public enum Shape {
        HUB("hub.in.order", "hub.order.intake", "DLQ.hub.in.order"),
        RAW(RAW_IN, RAW_OUT, "DLQ");

        final String in;
        final String out;
        final String deadLetters;

        Shape(String in, String out, String deadLetters) {
            this.in = in;
            this.out = out;
            this.deadLetters = deadLetters;
        }
    }

    /**
     * One trial's outcome.
     *
     * @param seconds     first send to the last distinct arrival at the drain
     * @param sendSeconds first send to the last send's return: when it is close to {@code seconds} and the backlog is
     *                    small, the producers, not the relay, set the pace
     * @param backlog     messages waiting in the input queue when the producers were done
     */
    public record Trial(Shape shape, int messages, double seconds, double sendSeconds, long backlog, int duplicates) {

        public double rate() {
            return messages / seconds;
        }
    }

    private final String coreUrl;
    private final String user;
    private final String password;
    private final OrderDocuments documents;
    private final int producers;
    private final int drains;
    private final int rawConsumers;
    private final String rawClientParams;
    private final List<Connection> producerConnections = new ArrayList<>();
    private final Map<String, ActiveMQConnectionFactory> factories = new HashMap<>();
    private final ServerLocator locator;
    private final ClientSessionFactory coreFactory;
    private final ClientSession admin;
    private int trialId;

    public JmsLoad(String coreUrl, String user, String password, OrderDocuments documents, int producers, int drains,
            int rawConsumers, String rawClientParams) throws Exception {
        this.coreUrl = coreUrl;
        this.user = user;
        this.password = password;
        this.documents = documents;
        this.producers = producers;
        this.drains = drains;
        this.rawConsumers = rawConsumers;
        this.rawClientParams = rawClientParams;
        this.locator = ActiveMQClient.createServerLocator(coreUrl);
        this.coreFactory = locator.createSessionFactory();
        this.admin = coreFactory.createSession(user, password, false, true, true, false, 0);
        admin.start();
        for (String queue : List.of(RAW_IN, RAW_OUT)) {
            createQueue(queue);
        }
        for (int i = 0; i < producers; i++) {
            producerConnections.add(connect(""));
        }
    }

    /** The raw baseline's own queues, created at run time (durable, anycast) as an administrator may. */
    private void createQueue(String name) throws Exception {
        SimpleString queue = SimpleString.of(name);
        if (!admin.addressQuery(queue).isExists()) {
            admin.createAddress(queue, EnumSet.of(RoutingType.ANYCAST), false);
        }
        if (!admin.queueQuery(queue).isExists()) {
            admin.createQueue(QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST)
                    .setDurable(true));
        }
    }

    /** Messages waiting in a queue, delivered but unacknowledged ones included. */
    public long depth(String queue) throws Exception {
        return admin.queueQuery(SimpleString.of(queue)).getMessageCount();
    }

    /** Sends {@code messages} orders through {@code shape} and waits for every one of them at the drain. */
    public Trial run(Shape shape, int messages) throws Exception {
        int trial = ++trialId;
        Arrivals arrivals = new Arrivals(trial, messages);
        List<Worker> workers = new ArrayList<>();
        Connection drainConnection = connect("");
        Connection relayConnection = shape == Shape.RAW ? connect(rawClientParams) : null;
        try {
            drainConnection.start();
            for (int i = 0; i < drains; i++) {
                workers.add(Worker.start("drain-" + i, new Drain(drainConnection, shape.out, arrivals)));
            }
            if (relayConnection != null) {
                relayConnection.start();
                for (int i = 0; i < rawConsumers; i++) {
                    workers.add(Worker.start("raw-relay-" + i, new RawRelay(relayConnection)));
                }
            }
            long started = System.nanoTime();
            List<Worker> senders = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int from = (int) ((long) messages * p / producers);
                int to = (int) ((long) messages * (p + 1) / producers);
                senders.add(Worker.start("producer-" + p,
                        new Producer(producerConnections.get(p), shape.in, trial, from, to, documents)));
            }
            for (Worker sender : senders) {
                sender.join();
            }
            long sent = System.nanoTime();
            long backlog = depth(shape.in);
            awaitAll(arrivals, shape, senders, workers);
            return new Trial(shape, messages, (arrivals.lastArrival() - started) / 1e9, (sent - started) / 1e9, backlog,
                    arrivals.duplicates());
        } finally {
            workers.forEach(Worker::stop);
            workers.forEach(Worker::joinQuietly);
            closeQuietly(relayConnection);
            closeQuietly(drainConnection);
        }
    }

    private void awaitAll(Arrivals arrivals, Shape shape, List<Worker> senders, List<Worker> workers)
            throws Exception {
        int seen = -1;
        long progressAt = System.nanoTime();
        while (!arrivals.await(1, TimeUnit.SECONDS)) {
            for (Worker worker : senders) {
                worker.rethrow();
            }
            for (Worker worker : workers) {
                worker.rethrow();
            }
            int now = arrivals.distinct();
            if (now != seen) {
                seen = now;
                progressAt = System.nanoTime();
            } else if (System.nanoTime() - progressAt > STALL_NANOS) {
                throw new IllegalStateException(String.format(
                        "%s trial stalled: %d of %d messages arrived; %s holds %d, %s holds %d, %s holds %d", shape,
                        now, arrivals.expected(), shape.in, depth(shape.in), shape.out, depth(shape.out),
                        shape.deadLetters, depth(shape.deadLetters)));
            }
        }
    }

    /**
     * A Core connection of its own (its own TCP connection), from a factory kept until {@link #close()}: closing a
     * factory closes the connections it made.
     */
    private Connection connect(String params) throws JMSException {
        ActiveMQConnectionFactory factory = factories.computeIfAbsent(params, p -> new ActiveMQConnectionFactory(
                p.isBlank() ? coreUrl : coreUrl + (coreUrl.contains("?") ? "&" : "?") + p));
        return factory.createConnection(user, password);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                // closing after the trial; nothing left to lose
            }
        }
    }

    @Override
    public void close() {
        producerConnections.forEach(JmsLoad::closeQuietly);
        factories.values().forEach(ActiveMQConnectionFactory::close);
        try {
            admin.close();
        } catch (Exception e) {
            // closing
        }
        coreFactory.close();
        locator.close();
    }
}
