package org.eaihub.hub.intake;

import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.springframework.stereotype.Component;

/**
 * Orders from backends: {@code hub.in.order} takes {@code ProcessSalesOrder} in JSON or XML and passes it on as
 * canonical JSON to {@code hub.order.intake}, in one JMS transaction (consume and send commit together). A message
 * that is not a valid order goes to {@code DLQ.hub.in.order} as it came, with the reason as properties.
 */
@Component
public class OrderIntakeRoute extends RouteBuilder {

    public static final String ROUTE_ID = "order-intake";
    public static final String INBOUND = "hub.in.order";
    public static final String OUTBOUND = "hub.order.intake";
    private static final Set<String> ACCEPTED = Set.of("ProcessSalesOrder");

    private final CanonicalIngress ingress;

    public OrderIntakeRoute(CanonicalCodec codec) {
        this.ingress = new CanonicalIngress(codec);
    }

    @Override
    public void configure() {
        onException(CanonicalValidationException.class)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters.describe(ROUTE_ID, INBOUND)).id("order-intake-reason")
                .to(ExchangePattern.InOnly, "jms:queue:DLQ." + INBOUND).id("order-intake-dead-letter");

        from("jms:queue:" + INBOUND + "?transacted=true&concurrentConsumers={{eaihub.hub.intake.consumers:4}}"
                + "&maxConcurrentConsumers={{eaihub.hub.intake.consumers:4}}&cacheLevelName=CACHE_CONSUMER&disableReplyTo=true")
                .routeId(ROUTE_ID)
                .process(this::accept).id("order-intake-validate")
                .to(ExchangePattern.InOnly, "jms:queue:" + OUTBOUND).id("order-intake-forward");
    }

    private void accept(Exchange exchange) {
        var message = exchange.getMessage();
        CanonicalIngress.Accepted accepted = ingress.accept(message.getBody(byte[].class),
                message.getHeader(WireContract.CONTENT_TYPE, String.class), ACCEPTED);
        message.setBody(accepted.canonicalJson());
        message.setHeader(WireContract.CONTENT_TYPE, Format.JSON.contentType());
        message.setHeader(WireContract.MESSAGE_TYPE, accepted.message().envelope().messageType());
        message.setHeader(WireContract.SCHEMA_VERSION, accepted.message().envelope().schemaVersion());
        message.setHeader(WireContract.BUSINESS_KEY, accepted.message().envelope().businessKey());
        message.setHeader(WireContract.CORRELATION_ID, accepted.message().envelope().correlationId());
        message.setHeader("JMSXGroupID", accepted.message().envelope().businessKey());
    }
}
