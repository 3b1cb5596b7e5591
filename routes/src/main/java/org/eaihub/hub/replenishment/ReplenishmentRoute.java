package org.eaihub.hub.replenishment;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.eaihub.adapters.scm.PullListWriter;
import org.eaihub.adapters.scm.ScmEventException;
import org.eaihub.adapters.scm.ScmInventoryEvent;
import org.eaihub.adapters.scm.ScmInventoryEventReader;
import org.eaihub.canonical.WireContract;
import org.eaihub.hub.kafka.KafkaCommits;
import org.eaihub.hub.kafka.KafkaDeadLetters;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Replenishment after Dell's pull list. {@code replenishment-collect} reads the {@code ReplenishmentDemand}s of
 * {@code scm.inventory.changed} (consumer group {@value #GROUP}; the other types are the ATP flow's) into the hub's
 * database, once per demand id, and commits the offset after the row is stored; a demand it cannot read goes to
 * {@code scm.inventory.changed.DLT} with the reason and is committed; a database that cannot be reached leaves the
 * record uncommitted and it is read again. {@code replenishment-consolidate} runs once per interval
 * ({@code eaihub.hub.replenishment.interval}) and builds one pull list per supplier; {@code replenishment-resend}
 * sends, every {@code resend-interval} (first shortly after start), what a crash left unsent; both send through
 * {@code replenishment-send-pull-list} to {@code scm.supplier.pull-lists} (key = pull list id), which returns once
 * Kafka acknowledged.
 */
public class ReplenishmentRoute extends RouteBuilder {

    public static final String COLLECT_ROUTE_ID = "replenishment-collect";
    public static final String CONSOLIDATE_ROUTE_ID = "replenishment-consolidate";
    public static final String RESEND_ROUTE_ID = "replenishment-resend";
    public static final String SEND_ROUTE_ID = "replenishment-send-pull-list";
    public static final String SEND_ENDPOINT = "direct:" + SEND_ROUTE_ID;
    public static final String GROUP = "hub-replenishment";
    public static final String OUTCOME = "replenishmentOutcome";
    private static final String NOT_MINE = "replenishmentNotMine";

    private final ReplenishmentService service;
    private final long intervalMillis;
    private final long resendIntervalMillis;

    public ReplenishmentRoute(ReplenishmentService service, long intervalMillis, long resendIntervalMillis) {
        this.service = service;
        this.intervalMillis = intervalMillis;
        this.resendIntervalMillis = resendIntervalMillis;
    }

    @Override
    public void configure() {
        onException(ScmEventException.class)
                .onWhen(exchange -> COLLECT_ROUTE_ID.equals(exchange.getFromRouteId()))
                .handled(true).useOriginalMessage()
                .process(KafkaDeadLetters.describe(COLLECT_ROUTE_ID, GROUP, "schema-violation"))
                    .id("replenishment-unreadable-reason")
                .to(KafkaDeadLetters.endpoint(ScmInventoryEvent.TOPIC)).id("replenishment-unreadable")
                .process(KafkaCommits::commit).id("replenishment-unreadable-commit");
        onException(DataIntegrityViolationException.class, IllegalArgumentException.class)
                .onWhen(exchange -> COLLECT_ROUTE_ID.equals(exchange.getFromRouteId()))
                .maximumRedeliveries("{{eaihub.hub.replenishment.redeliveries:2}}").redeliveryDelay(500)
                .handled(true).useOriginalMessage()
                .process(KafkaDeadLetters.describe(COLLECT_ROUTE_ID, GROUP, "processing-failed"))
                    .id("replenishment-failed-reason")
                .to(KafkaDeadLetters.endpoint(ScmInventoryEvent.TOPIC)).id("replenishment-failed")
                .process(KafkaCommits::commit).id("replenishment-failed-commit");

        from("kafka:" + ScmInventoryEvent.TOPIC + "?groupId=" + GROUP
                + "&consumersCount={{eaihub.hub.replenishment.consumers:1}}"
                + "&valueDeserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
                .routeId(COLLECT_ROUTE_ID)
                .process(this::read).id("replenishment-read")
                .filter(header(NOT_MINE).isNull())
                    .process(exchange -> exchange.getMessage().setHeader(OUTCOME, service.collect(
                            exchange.getMessage().getBody(ScmInventoryEvent.ReplenishmentDemand.class)).name()))
                    .id("replenishment-store-demand")
                .end()
                .process(KafkaCommits::commit).id("replenishment-commit");

        from("timer:replenishment-consolidation?delay=" + intervalMillis + "&period=" + intervalMillis)
                .routeId(CONSOLIDATE_ROUTE_ID)
                .process(exchange -> service.scheduled()).id("replenishment-consolidate-run");

        from("timer:replenishment-resend?delay=5000&period=" + resendIntervalMillis)
                .routeId(RESEND_ROUTE_ID)
                .process(exchange -> service.resendUnsent()).id("replenishment-resend-run");

        from(SEND_ENDPOINT)
                .routeId(SEND_ROUTE_ID)
                .to("kafka:" + PullListWriter.TOPIC
                        + "?valueSerializer=org.apache.kafka.common.serialization.ByteArraySerializer&synchronous=true")
                .id("replenishment-pull-list-out");
    }

    /** Sends a pull list through {@link #SEND_ENDPOINT}; throws unless Kafka acknowledged it. */
    public static ReplenishmentService.PullListSender sender(org.apache.camel.ProducerTemplate template) {
        return (pullListId, body) -> {
            Exchange sent = template.send(SEND_ENDPOINT, exchange -> {
                exchange.getMessage().setHeader(KafkaConstants.KEY, pullListId);
                exchange.getMessage().setHeader("eventType", "PullList");
                exchange.getMessage().setHeader("contentType", "application/json");
                exchange.getMessage().setHeader(WireContract.CORRELATION_ID, pullListId);
                exchange.getMessage().setBody(body);
            });
            if (sent.getException() != null) {
                throw new IllegalStateException("pull list " + pullListId + " not acknowledged by Kafka",
                        sent.getException());
            }
        };
    }

    private void read(Exchange exchange) {
        var message = exchange.getMessage();
        byte[] value = message.getBody(byte[].class);
        String type = KafkaDeadLetters.header(exchange, "eventType");
        if (type == null) {
            type = ScmInventoryEventReader.typeOf(value);
        }
        if (!ScmInventoryEventReader.REPLENISHMENT_DEMAND.equals(type)
                || !(ScmInventoryEventReader.read(value) instanceof ScmInventoryEvent.ReplenishmentDemand demand)) {
            message.setHeader(NOT_MINE, true);
            return;
        }
        message.setHeader(WireContract.MESSAGE_ID, "scm:" + demand.eventId());
        message.setHeader(WireContract.BUSINESS_KEY, demand.sku());
        message.setHeader(WireContract.MESSAGE_TYPE, ScmInventoryEventReader.REPLENISHMENT_DEMAND);
        message.setBody(demand);
    }
}
