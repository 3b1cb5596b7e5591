package org.eaihub.hub.order;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.WireContract;
import org.eaihub.hub.backend.BusinessFaultException;
import org.eaihub.hub.intake.DeadLetters;
import org.eaihub.hub.kafka.KafkaCommits;

/**
 * Order-to-cash. Four routes, one flow:
 * <ul>
 * <li>{@code order-saga-start}: validated orders from {@code hub.order.intake} start their saga;</li>
 * <li>{@code order-saga-scm-events}: the SCM's reservation and shipment events, from Kafka, become messages on
 * {@code hub.order.events} (grouped by order, the event id as the broker's duplicate id); the offset is committed
 * once the broker has the message;</li>
 * <li>{@code order-saga-deadlines}: passed deadlines, found in the database by one hub instance at a time, become
 * messages on {@code hub.order.events} too (the deadline's number as duplicate id);</li>
 * <li>{@code order-saga-events}: everything on {@code hub.order.events} moves its saga on.</li>
 * </ul>
 * Both JMS consumers are transacted; when the ERP or the CRM cannot be reached they roll back and their circuit
 * pauses them. Unreadable messages and business faults go to {@code DLQ.<queue>} after redelivery, as they came.
 */
public class OrderToCashRoute extends RouteBuilder {

    public static final String START_ROUTE = "order-saga-start";
    public static final String EVENTS_ROUTE = "order-saga-events";
    public static final String BRIDGE_ROUTE = "order-saga-scm-events";
    public static final String DEADLINES_ROUTE = "order-saga-deadlines";
    public static final String INTAKE = "hub.order.intake";
    public static final String EVENTS = "hub.order.events";
    public static final String TRIGGER = "sagaTrigger";
    public static final String DEADLINE_SEQ = "sagaDeadlineSeq";

    private final OrderSagaService saga;
    private final OrderDeadlines deadlines;

    public OrderToCashRoute(OrderSagaService saga, OrderDeadlines deadlines) {
        this.saga = saga;
        this.deadlines = deadlines;
    }

    @Override
    public void configure() {
        String consumers = "concurrentConsumers={{eaihub.hub.order.consumers:4}}"
                + "&maxConcurrentConsumers={{eaihub.hub.order.consumers:4}}";

        from("jms:queue:" + INTAKE + "?transacted=true&" + consumers
                + "&cacheLevelName=CACHE_CONSUMER&disableReplyTo=true")
                .routeId(START_ROUTE)
                .onException(BusinessFaultException.class, CanonicalValidationException.class)
                    .maximumRedeliveries(2).redeliveryDelay(500).handled(true).useOriginalMessage()
                    .process(DeadLetters.describe(START_ROUTE, INTAKE)).id("order-saga-start-reason")
                    .to(ExchangePattern.InOnly, "jms:queue:DLQ." + INTAKE).id("order-saga-start-dead-letter")
                .end()
                .process(e -> e.getMessage().setHeader("sagaState",
                        saga.start(e.getMessage().getBody(String.class)))).id("order-saga-start-run");

        from("kafka:scm.reservation.events,scm.shipment.events?groupId={{eaihub.hub.order.group:hub-order-saga}}")
                .routeId(BRIDGE_ROUTE)
                .process(this::asSagaEvent).id("order-saga-scm-event-headers")
                .to(ExchangePattern.InOnly, "jms:queue:" + EVENTS).id("order-saga-scm-event-forward")
                .process(KafkaCommits::commit).id("order-saga-scm-event-commit");

        from("timer:order-saga-deadlines?period={{eaihub.hub.order.scan-interval:1s}}&delay=5s")
                .routeId(DEADLINES_ROUTE)
                .process(e -> deadlines.raise()).id("order-saga-deadlines-scan");

        from("jms:queue:" + EVENTS + "?transacted=true&" + consumers
                + "&cacheLevelName=CACHE_CONSUMER&disableReplyTo=true")
                .routeId(EVENTS_ROUTE)
                .onException(BusinessFaultException.class, IllegalArgumentException.class)
                    .maximumRedeliveries(2).redeliveryDelay(500).handled(true).useOriginalMessage()
                    .process(DeadLetters.describe(EVENTS_ROUTE, EVENTS)).id("order-saga-events-reason")
                    .to(ExchangePattern.InOnly, "jms:queue:DLQ." + EVENTS).id("order-saga-events-dead-letter")
                .end()
                .choice().id("order-saga-trigger")
                    .when(header(TRIGGER).isEqualTo("DEADLINE"))
                        .process(e -> saga.onDeadline(e.getMessage().getHeader(WireContract.BUSINESS_KEY, String.class),
                                e.getMessage().getHeader(DEADLINE_SEQ, Integer.class))).id("order-saga-deadline")
                    .otherwise()
                        .process(e -> saga.onScmEvent(e.getMessage().getBody(String.class)
                                .getBytes(StandardCharsets.UTF_8))).id("order-saga-scm-event")
                .end();
    }

    private void asSagaEvent(Exchange exchange) {
        var message = exchange.getMessage();
        byte[] body = message.getBody(byte[].class);
        String text = new String(body, StandardCharsets.UTF_8);
        String orderRef = message.getHeader(KafkaConstants.KEY, String.class);
        message.removeHeaders("kafka.*");
        message.setBody(text);
        message.setHeader(TRIGGER, "SCM");
        message.setHeader(WireContract.BUSINESS_KEY, orderRef);
        message.setHeader("JMSXGroupID", orderRef);
        String eventId = org.eaihub.adapters.scm.ScmOrderEvent.eventIdOrNull(body);
        if (eventId != null) {
            message.setHeader("_AMQ_DUPL_ID", "scm:" + eventId);
        }
    }
}
