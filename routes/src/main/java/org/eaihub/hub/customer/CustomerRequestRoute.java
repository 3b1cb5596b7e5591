package org.eaihub.hub.customer;

import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.Violation;
import org.eaihub.canonical.WireContract;
import org.eaihub.canonical.customer.GetCustomer360;
import org.eaihub.canonical.customer.GetCustomerPartyMaster;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.hub.backend.BusinessFaultException;
import org.eaihub.hub.customer360.CrmUnavailableException;
import org.eaihub.hub.customer360.Customer360Service;
import org.eaihub.hub.intake.CanonicalIngress;
import org.eaihub.hub.intake.DeadLetters;

/**
 * Backends' customer requests: {@code hub.in.customer} takes {@code GetCustomerPartyMaster} (request/reply: the
 * answer, a {@code ShowCustomerPartyMaster} in the request's format, goes to the request's {@code JMSReplyTo}
 * with its {@code JMSCorrelationID}), {@code GetCustomer360} (request/reply, a {@code ShowCustomer360}) and {@code SyncCustomerPartyMaster} (one-way, or request/reply for the
 * customer as the CRM holds it afterwards), in JSON or XML, → {@link CustomerRequestService}. Transacted; changes
 * are idempotent by message id through the database. An invalid request or a business fault goes to
 * {@code DLQ.hub.in.customer} as it came, with the reason; a requester waiting for a reply gets the reason
 * (content type {@code application/problem+json}) instead of waiting for its timeout. When the CRM cannot be
 * reached the message rolls back and the CRM's circuit pauses this route.
 */
public class CustomerRequestRoute extends RouteBuilder {

    public static final String ROUTE_ID = "customer-requests";
    public static final String QUEUE = "hub.in.customer";
    public static final Set<String> ACCEPTED = Set.of("GetCustomerPartyMaster", "GetCustomer360",
            "SyncCustomerPartyMaster");
    static final String FORMAT = "hubReplyFormat";

    private final CanonicalIngress ingress;
    private final CanonicalCodec codec;
    private final CustomerRequestService service;
    private final Customer360Service customer360;
    private final IdempotentRepository processed;

    public CustomerRequestRoute(CanonicalCodec codec, CustomerRequestService service, Customer360Service customer360,
            IdempotentRepository processed) {
        this.ingress = new CanonicalIngress(codec);
        this.codec = codec;
        this.service = service;
        this.customer360 = customer360;
        this.processed = processed;
    }

    @Override
    public void configure() {
        onException(CanonicalValidationException.class)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters.describe(ROUTE_ID, QUEUE)).id("customer-requests-invalid-reason")
                .to(ExchangePattern.InOnly, "jms:queue:DLQ." + QUEUE).id("customer-requests-invalid")
                .process(DeadLetters::replyWithReason).id("customer-requests-invalid-reply");
        onException(BusinessFaultException.class)
                .maximumRedeliveries("{{eaihub.hub.sync.redeliveries:2}}").redeliveryDelay(500)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters.describe(ROUTE_ID, QUEUE)).id("customer-requests-refused-reason")
                .to(ExchangePattern.InOnly, "jms:queue:DLQ." + QUEUE).id("customer-requests-refused")
                .process(DeadLetters::replyWithReason).id("customer-requests-refused-reply");

        from("jms:queue:" + QUEUE + "?transacted=true&concurrentConsumers={{eaihub.hub.requests.consumers:2}}"
                + "&maxConcurrentConsumers={{eaihub.hub.requests.consumers:2}}&cacheLevelName=CACHE_CONSUMER")
                .routeId(ROUTE_ID)
                .process(this::accept).id("customer-requests-validate")
                .choice().id("customer-requests-kind")
                    .when(header(WireContract.MESSAGE_TYPE).isEqualTo("GetCustomerPartyMaster"))
                        .process(this::inquire).id("customer-requests-inquire")
                    .when(header(WireContract.MESSAGE_TYPE).isEqualTo("GetCustomer360"))
                        .process(this::customer360).id("customer-requests-customer360")
                    .otherwise()
                        .idempotentConsumer(header(WireContract.MESSAGE_ID), processed).eager(false)
                            .skipDuplicate(true).id("customer-requests-idempotent")
                            .process(this::apply).id("customer-requests-apply")
                        .end()
                        .filter(exchange -> exchange.getPattern().isOutCapable()).id("customer-requests-wants-reply")
                            .process(this::showAfterChange).id("customer-requests-show")
                        .end()
                .end();
    }

    private void accept(Exchange exchange) {
        var message = exchange.getMessage();
        byte[] document = message.getBody(byte[].class);
        String contentType = message.getHeader(WireContract.CONTENT_TYPE, String.class);
        CanonicalIngress.Accepted accepted = ingress.accept(document, contentType, ACCEPTED);
        var envelope = accepted.message().envelope();
        if (envelope.messageType().startsWith("Get") && !exchange.getPattern().isOutCapable()) {
            throw new CanonicalValidationException(envelope.messageType(), new Violation("JMSReplyTo", "required",
                    "a query needs a reply-to destination"));
        }
        message.setHeader(FORMAT, CanonicalIngress.formatOf(document, contentType));
        message.setHeader(WireContract.MESSAGE_ID, envelope.messageId());
        message.setHeader(WireContract.MESSAGE_TYPE, envelope.messageType());
        message.setHeader(WireContract.BUSINESS_KEY, envelope.businessKey());
        message.setHeader(WireContract.CORRELATION_ID, envelope.correlationId());
        message.setBody(accepted.message());
    }

    private void inquire(Exchange exchange) {
        reply(exchange, service.inquire(exchange.getMessage().getBody(GetCustomerPartyMaster.class)));
    }

    /**
     * A query changes nothing, so a CRM that did not answer in time is answered at once with the reason (the REST
     * entry point's 503) rather than rolled back: a redelivered query would hold a consumer for the CRM's timeout
     * again and again while its requester waits for nothing.
     */
    private void customer360(Exchange exchange) {
        try {
            reply(exchange, customer360.answer(exchange.getMessage().getBody(GetCustomer360.class)));
        } catch (CrmUnavailableException e) {
            DeadLetters.replyUnavailable(exchange, "CRM", e.status().reason() == null ? null
                    : e.status().reason().code());
        }
    }

    private void apply(Exchange exchange) {
        exchange.getMessage().setHeader(CustomerSyncRoute.OUTCOME,
                service.apply(exchange.getMessage().getBody(SyncCustomerPartyMaster.class)).name());
    }

    private void showAfterChange(Exchange exchange) {
        SyncCustomerPartyMaster change = exchange.getMessage().getBody(SyncCustomerPartyMaster.class);
        reply(exchange, service.inquire(CustomerRequestService.queryFor(change)));
    }

    private void reply(Exchange exchange, CanonicalMessage answer) {
        Format format = exchange.getMessage().getHeader(FORMAT, Format.class);
        var message = exchange.getMessage();
        message.setBody(codec.write(answer, format));
        message.setHeader(WireContract.CONTENT_TYPE, format.contentType());
        message.setHeader(WireContract.MESSAGE_TYPE, answer.envelope().messageType());
        message.setHeader(WireContract.MESSAGE_ID, answer.envelope().messageId());
    }
}
