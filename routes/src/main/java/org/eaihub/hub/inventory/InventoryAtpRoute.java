package org.eaihub.hub.inventory;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.eaihub.adapters.scm.ScmEventException;
import org.eaihub.adapters.scm.ScmInventoryEvent;
import org.eaihub.adapters.scm.ScmInventoryEventReader;
import org.eaihub.canonical.WireContract;
import org.eaihub.hub.backend.BackendUnavailableException;
import org.eaihub.hub.backend.BusinessFaultException;
import org.eaihub.hub.kafka.KafkaCommits;
import org.eaihub.hub.kafka.KafkaDeadLetters;

/**
 * SCM → CRM available to promise: {@code scm.inventory.changed} (key sku, consumer group {@value #GROUP}) →
 * {@link AtpProjection}. This route owns every record of the topic except {@code ReplenishmentDemand} (the
 * replenishment flow reads those in its own group): what it cannot read — empty, not JSON, an unknown type, a
 * schema violation, a malformed copy — goes at once to {@code scm.inventory.changed.DLT} with the original bytes
 * and the {@code dlt.*} reason, and is committed; so does a change the CRM refuses (4xx) after two retries. When the
 * CRM cannot be reached the record is not committed: the exchange fails, Camel polls it again
 * ({@code breakOnFirstError}) and the CRM's circuit suspends the route until the CRM answers. The offset is
 * committed as the last step, after the CRM took the change; a change already applied (by this or another
 * instance) is skipped by event id through the database's idempotent repository.
 */
public class InventoryAtpRoute extends RouteBuilder {

    public static final String ROUTE_ID = "inventory-to-atp";
    public static final String GROUP = "hub-inventory";
    public static final String OUTCOME = "atpOutcome";
    private static final String NOT_MINE = "inventoryNotMine";

    private final AtpProjection projection;
    private final IdempotentRepository processed;

    public InventoryAtpRoute(AtpProjection projection, IdempotentRepository processed) {
        this.projection = projection;
        this.processed = processed;
    }

    @Override
    public void configure() {
        onException(BackendUnavailableException.class)
                .handled(false).maximumRedeliveries(0).logExhausted(false).logStackTrace(false);
        onException(ScmEventException.class)
                .handled(true).useOriginalMessage()
                .process(KafkaDeadLetters.describe(ROUTE_ID, GROUP, "schema-violation")).id("inventory-atp-unreadable-reason")
                .to(KafkaDeadLetters.endpoint(ScmInventoryEvent.TOPIC)).id("inventory-atp-unreadable")
                .process(KafkaCommits::commit).id("inventory-atp-unreadable-commit");
        onException(BusinessFaultException.class)
                .maximumRedeliveries("{{eaihub.hub.inventory.redeliveries:2}}").redeliveryDelay(500)
                .handled(true).useOriginalMessage()
                .process(KafkaDeadLetters.describe(ROUTE_ID, GROUP, "crm-refused")).id("inventory-atp-refused-reason")
                .to(KafkaDeadLetters.endpoint(ScmInventoryEvent.TOPIC)).id("inventory-atp-refused")
                .process(KafkaCommits::commit).id("inventory-atp-refused-commit");

        from("kafka:" + ScmInventoryEvent.TOPIC + "?groupId=" + GROUP
                + "&consumersCount={{eaihub.hub.inventory.consumers:1}}"
                + "&valueDeserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
                .routeId(ROUTE_ID)
                .process(this::read).id("inventory-atp-read")
                .filter(header(NOT_MINE).isNull())
                    .idempotentConsumer(header(WireContract.MESSAGE_ID), processed).eager(false).skipDuplicate(true)
                        .id("inventory-atp-idempotent")
                        .process(exchange -> exchange.getMessage().setHeader(OUTCOME, projection.apply(
                                exchange.getMessage().getBody(ScmInventoryEvent.InventoryChanged.class)).name()))
                        .id("inventory-atp-apply")
                    .end()
                .end()
                .process(KafkaCommits::commit).id("inventory-atp-commit");
    }

    private void read(Exchange exchange) {
        var message = exchange.getMessage();
        byte[] value = message.getBody(byte[].class);
        String type = KafkaDeadLetters.header(exchange, "eventType");
        if (type == null) {
            type = ScmInventoryEventReader.typeOf(value);
        }
        if (ScmInventoryEventReader.REPLENISHMENT_DEMAND.equals(type)) {
            message.setHeader(NOT_MINE, true);
            return;
        }
        if (!(ScmInventoryEventReader.read(value) instanceof ScmInventoryEvent.InventoryChanged change)) {
            message.setHeader(NOT_MINE, true);
            return;
        }
        message.setHeader(WireContract.MESSAGE_ID, "scm:" + change.eventId());
        message.setHeader(WireContract.BUSINESS_KEY, change.sku());
        message.setHeader(WireContract.MESSAGE_TYPE, ScmInventoryEventReader.INVENTORY_CHANGED);
        message.setBody(change);
    }
}
