package org.eaihub.bench.order;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eaihub.bench.Context;
import org.eaihub.bench.Figure;
import org.eaihub.bench.Sample;
import org.eaihub.bench.Scenario;
import org.eaihub.bench.Stats;
import org.eaihub.bench.landscape.LandscapeHttp;
import org.eaihub.bench.landscape.RunningLandscape;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;

/**
 * Order-to-cash through the whole landscape: backends' orders on {@code hub.in.order}, the saga through the ERP
 * and the SCM stubs (dispatch delay 100 ms) to the invoice. Two phases per round: as fast as the orders can be sent
 * (orders/s = completed orders over first send to last completion), then the same number at half that rate
 * (latency = completion in the hub's Order Watch minus the send, p50 and p99). Broker hops per order are counted
 * from the saga's step log: the two JMS queues an order enters by, one Kafka hop per command to the SCM, and two
 * hops (Kafka, then {@code hub.order.events}) per SCM event the saga applied. Short mode runs it in the first round
 * only (it restarts the round's landscape with the saga on).
 */
public final class OrderToCashScenario implements Scenario {

    public static final String THROUGHPUT = "o2c.orders_per_s";
    public static final String P50 = "o2c.p50_at_half_rate";
    public static final String P99 = "o2c.p99_at_half_rate";
    public static final String HOPS = "o2c.broker_hops_per_order";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TERMINAL = Set.of("COMPLETED", "REJECTED", "CANCELLED");
    private static final Set<String> COMMAND_STEPS = Set.of("RESERVATION_REQUESTED", "SHIPMENT_REQUESTED", "RESENT");
    private static final Set<String> EVENT_STEPS = Set.of("RESERVED", "BACKORDERED", "RESERVATION_RETRY",
            "SHIPMENT_ACCEPTED", "SHIPMENT_DISPATCHED", "SHIPPED");

    private final CanonicalCodec codec = new CanonicalCodec();

    @Override
    public String name() {
        return "order-to-cash";
    }

    @Override
    public List<Figure> figures() {
        return List.of(
                Figure.absolute(THROUGHPUT, "orders/s", "orders completed per second, sent as fast as possible"),
                Figure.absolute(P50, "ms", "send to COMPLETED, median, at half the measured rate"),
                Figure.absolute(P99, "ms", "send to COMPLETED, 99th percentile, at half the measured rate"),
                Figure.absolute(HOPS, "hops", "broker hops (JMS and Kafka) per completed order, from the step log"));
    }

    @Override
    public List<Sample> run(Context context) throws Exception {
        boolean shortMode = "short".equals(context.mode().name());
        if (shortMode && context.round() > 1) {
            return List.of();
        }
        int orders = shortMode ? 10 : 60;
        RunningLandscape landscape = context.restartLandscape(List.of("--eaihub.hub.order.enabled=true",
                "--eaihub.scm.shipment.dispatch-delay=100ms"));
        LandscapeHttp http = new LandscapeHttp(landscape);
        List<String> customers = http.creditworthyCustomers(50).stream().map(LandscapeHttp.SeededCustomer::id).toList();
        context.log("  order-to-cash: %d orders as fast as possible", orders);
        Phase fast = phase(landscape, http, customers, "F" + context.round(), orders, 0);
        if (fast.completed() == 0) {
            throw new IllegalStateException("order-to-cash: none of " + orders + " orders completed; see the landscape log");
        }
        double rate = fast.completed() / Math.max(0.001, fast.makespanSeconds());
        context.log("  order-to-cash: %.1f orders/s; now %d orders at %.1f/s", rate, orders, rate / 2);
        Phase half = phase(landscape, http, customers, "H" + context.round(), orders, rate / 2);
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(THROUGHPUT, rate, fast.completed() + " of " + orders + " completed"));
        samples.add(new Sample(P50, Stats.percentile(half.latenciesMs(), 50), "at " + String.format("%.1f", rate / 2)
                + " orders/s"));
        samples.add(new Sample(P99, Stats.percentile(half.latenciesMs(), 99), half.completed() + " completed"));
        samples.add(new Sample(HOPS, half.hopsPerOrder(), "counted from the saga's steps"));
        return samples;
    }

    private record Phase(int completed, double makespanSeconds, List<Double> latenciesMs, double hopsPerOrder) {
    }

    private Phase phase(RunningLandscape landscape, LandscapeHttp http, List<String> customers, String tag, int count,
            double rate) throws Exception {
        Map<String, Instant> sent = new LinkedHashMap<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(landscape.coreUrl());
                Connection connection = factory.createConnection(landscape.adminUser(), landscape.adminPassword());
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue("hub.in.order"));
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                String orderNumber = String.format("SO-O2C-%s-%05d", tag, i);
                ProcessSalesOrder order = order(orderNumber, customers.get(i % customers.size()), i);
                TextMessage message = session.createTextMessage(new String(codec.write(order, Format.JSON),
                        StandardCharsets.UTF_8));
                message.setStringProperty("contentType", "application/json");
                message.setStringProperty("correlationId", order.envelope().correlationId());
                producer.send(message);
                sent.put(orderNumber, Instant.now());
            }
        }
        Map<String, JsonNode> ends = new HashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (ends.size() < count && Instant.now().isBefore(deadline)) {
            for (String order : sent.keySet()) {
                if (!ends.containsKey(order)) {
                    JsonNode tracking = tracking(landscape, http, order);
                    if (tracking != null && TERMINAL.contains(tracking.path("sagaState").asText())) {
                        ends.put(order, tracking);
                    }
                }
            }
            Thread.sleep(500);
        }
        Instant first = sent.values().iterator().next();
        Instant last = first;
        List<Double> latencies = new ArrayList<>();
        long hops = 0;
        int completed = 0;
        for (Map.Entry<String, JsonNode> end : ends.entrySet()) {
            if (!"COMPLETED".equals(end.getValue().path("sagaState").asText())) {
                continue;
            }
            completed++;
            Instant done = Instant.parse(end.getValue().path("updatedAt").asText());
            if (done.isAfter(last)) {
                last = done;
            }
            latencies.add(Duration.between(sent.get(end.getKey()), done).toNanos() / 1e6);
            hops += 2;
            for (JsonNode step : end.getValue().path("steps")) {
                String name = step.path("step").asText();
                if (COMMAND_STEPS.contains(name)) {
                    hops += 1;
                } else if (EVENT_STEPS.contains(name) || name.startsWith("Reservation") || name.startsWith("Shipment")) {
                    hops += 2;
                }
            }
        }
        return new Phase(completed, Duration.between(first, last).toNanos() / 1e9, latencies,
                completed == 0 ? 0 : (double) hops / completed);
    }

    private JsonNode tracking(RunningLandscape landscape, LandscapeHttp http, String order) throws Exception {
        HttpResponse<String> response = http.send(http.get(
                landscape.hubUrl().resolve("/api/orders/" + order + "/tracking"), Duration.ofSeconds(10)));
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static ProcessSalesOrder order(String orderNumber, String customerId, int i) {
        ProcessSalesOrder fixture = Fixtures.processOrder();
        Envelope envelope = Envelope.newConversation(ProcessSalesOrder.class, SystemCode.CRM, orderNumber);
        BigDecimal price = new BigDecimal("100.00");
        SalesOrderLine line = new SalesOrderLine("1", String.format("SKU-%05d", 1 + i % 50), "item", BigDecimal.ONE,
                "EA", new Money(price, "CNY"), new Money(price, "CNY"));
        SalesOrder salesOrder = fixture.salesOrder().toBuilder().salesOrderId(orderNumber).customerId(customerId)
                .lines(List.of(line)).payableAmount(new Money(price, "CNY")).build();
        return new ProcessSalesOrder(envelope, salesOrder);
    }

}
