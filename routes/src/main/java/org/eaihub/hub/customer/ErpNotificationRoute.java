package org.eaihub.hub.customer;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.eaihub.adapters.erp.ErpNotification;
import org.eaihub.adapters.erp.ErpNotificationReader;
import org.eaihub.canonical.WireContract;
import org.eaihub.hub.backend.BusinessFaultException;
import org.eaihub.hub.intake.DeadLetters;

/**
 * ERP → CRM: the ERP's notifications ({@code erp.notifications}, native XML, grouped by customer number) →
 * {@link ErpNotificationService}. Transacted and idempotent by the ERP's notification number; when the CRM cannot
 * be reached the message rolls back and the CRM's circuit pauses this route; unreadable notifications and
 * business faults go to {@code DLQ.erp.notifications} with the reason.
 */
public class ErpNotificationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "erp-notifications";
    public static final String QUEUE = "erp.notifications";

    private final ErpNotificationService service;
    private final IdempotentRepository processed;

    public ErpNotificationRoute(ErpNotificationService service, IdempotentRepository processed) {
        this.service = service;
        this.processed = processed;
    }

    @Override
    public void configure() {
        onException(IllegalArgumentException.class)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters.describe(ROUTE_ID, QUEUE)).id("erp-notifications-unreadable-reason")
                .to(ExchangePattern.InOnly, "jms:queue:DLQ." + QUEUE).id("erp-notifications-unreadable");
        onException(BusinessFaultException.class)
                .maximumRedeliveries("{{eaihub.hub.sync.redeliveries:2}}").redeliveryDelay(500)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters.describe(ROUTE_ID, QUEUE)).id("erp-notifications-reason")
                .to(ExchangePattern.InOnly, "jms:queue:DLQ." + QUEUE).id("erp-notifications-dead-letter");

        from("jms:queue:" + QUEUE + "?transacted=true&concurrentConsumers={{eaihub.hub.sync.consumers:4}}"
                + "&maxConcurrentConsumers={{eaihub.hub.sync.consumers:4}}&cacheLevelName=CACHE_CONSUMER&disableReplyTo=true")
                .routeId(ROUTE_ID)
                .process(this::read).id("erp-notifications-read")
                .idempotentConsumer(header(WireContract.MESSAGE_ID), processed).eager(false).skipDuplicate(true)
                    .id("erp-notifications-idempotent")
                    .process(exchange -> exchange.getMessage().setHeader(CustomerSyncRoute.OUTCOME,
                            service.handle(exchange.getMessage().getBody(ErpNotification.class)).name()))
                    .id("erp-notifications-apply")
                .end();
    }

    private void read(Exchange exchange) {
        var message = exchange.getMessage();
        ErpNotification notification = ErpNotificationReader.read(message.getBody(byte[].class));
        message.setHeader(WireContract.MESSAGE_ID, "erp:" + notification.docnum());
        message.setHeader(WireContract.BUSINESS_KEY, notification.customerNumber());
        message.setHeader(WireContract.MESSAGE_TYPE, notification.getClass().getSimpleName());
        message.setBody(notification);
    }
}
