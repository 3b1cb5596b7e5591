package org.eaihub.hub.customer;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.hub.backend.BusinessFaultException;
import org.eaihub.hub.intake.DeadLetters;

/**
 * CRM → ERP customer master: {@code crm.customer.events} (grouped by customer, so one customer's changes are
 * handled in order by one consumer of one hub instance at a time) → {@link CustomerSyncService}. Transacted: the
 * message is acknowledged only when the ERP and the hub's state are updated. A message already handled (by this
 * or another instance) is skipped through the database's idempotent repository. When the ERP cannot be reached
 * the message rolls back and the ERP's circuit pauses this route; business faults and unreadable messages go to
 * {@code DLQ.crm.customer.events} after redelivery, as they came, with the reason.
 */
public class CustomerSyncRoute extends RouteBuilder {

    public static final String ROUTE_ID = "customer-sync-to-erp";
    public static final String QUEUE = "crm.customer.events";
    public static final String OUTCOME = "syncOutcome";

    private final CanonicalCodec codec;
    private final CustomerSyncService service;
    private final IdempotentRepository processed;

    public CustomerSyncRoute(CanonicalCodec codec, CustomerSyncService service, IdempotentRepository processed) {
        this.codec = codec;
        this.service = service;
        this.processed = processed;
    }

    @Override
    public void configure() {
        onException(BusinessFaultException.class, CanonicalValidationException.class)
                .maximumRedeliveries("{{eaihub.hub.sync.redeliveries:2}}").redeliveryDelay(500)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters.describe(ROUTE_ID, QUEUE)).id("customer-sync-reason")
                .to(ExchangePattern.InOnly, "jms:queue:DLQ." + QUEUE).id("customer-sync-dead-letter");

        from("jms:queue:" + QUEUE + "?transacted=true&concurrentConsumers={{eaihub.hub.sync.consumers:4}}"
                + "&maxConcurrentConsumers={{eaihub.hub.sync.consumers:4}}&cacheLevelName=CACHE_CONSUMER&disableReplyTo=true")
                .routeId(ROUTE_ID)
                .process(this::read).id("customer-sync-read")
                .idempotentConsumer(header(WireContract.MESSAGE_ID), processed).eager(false).skipDuplicate(true)
                    .id("customer-sync-idempotent")
                    .process(exchange -> exchange.getMessage().setHeader(OUTCOME,
                            service.syncToErp(exchange.getMessage().getBody(SyncCustomerPartyMaster.class)).name()))
                    .id("customer-sync-apply")
                .end();
    }

    private void read(Exchange exchange) {
        var message = exchange.getMessage();
        byte[] body = message.getBody(String.class).getBytes(StandardCharsets.UTF_8);
        SyncCustomerPartyMaster sync = codec.read(body, Format.fromContentType(
                message.getHeader(WireContract.CONTENT_TYPE, "application/json", String.class)),
                SyncCustomerPartyMaster.class);
        message.setHeader(WireContract.MESSAGE_ID, sync.envelope().messageId());
        message.setHeader(WireContract.BUSINESS_KEY, sync.envelope().businessKey());
        message.setHeader(WireContract.CORRELATION_ID, sync.envelope().correlationId());
        message.setHeader(WireContract.MESSAGE_TYPE, sync.envelope().messageType());
        message.setBody(sync);
    }
}
