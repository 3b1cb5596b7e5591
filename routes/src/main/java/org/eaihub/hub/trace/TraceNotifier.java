package org.eaihub.hub.trace;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCreatedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.eaihub.canonical.WireContract;

/**
 * Turns Camel's exchange events into trace entries: received by a route, sent to an endpoint (with the time it
 * took), completed, failed, or dead-lettered. Only ids and names are recorded, never message content.
 */
public class TraceNotifier extends EventNotifierSupport {

    private final TraceStore store;

    public TraceNotifier(TraceStore store) {
        this.store = store;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        // Sending events stay on: Camel emits a "sent" event (with the time taken) only when a notifier took the
        // "sending" one.
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public void notify(org.apache.camel.spi.CamelEvent event) {
        if (event instanceof ExchangeCreatedEvent created) {
            record(created.getExchange(), "from", TraceEntry.Outcome.RECEIVED, null, null);
        } else if (event instanceof ExchangeSentEvent sent) {
            String step = endpoint(sent.getEndpoint().getEndpointUri());
            TraceEntry.Outcome outcome = step.contains("DLQ.") ? TraceEntry.Outcome.DEAD_LETTERED : TraceEntry.Outcome.SENT;
            record(sent.getExchange(), step, outcome, null, sent.getTimeTaken());
        } else if (event instanceof ExchangeFailedEvent failed) {
            Exception exception = failed.getExchange().getException();
            record(failed.getExchange(), "end", TraceEntry.Outcome.FAILED,
                    exception == null ? null : exception.getClass().getSimpleName(), null);
        } else if (event instanceof ExchangeCompletedEvent completed) {
            Exception caught = completed.getExchange().getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            record(completed.getExchange(), "end", TraceEntry.Outcome.COMPLETED,
                    caught == null ? null : "handled " + caught.getClass().getSimpleName(), null);
        }
    }

    private void record(Exchange exchange, String step, TraceEntry.Outcome outcome, String detail, Long durationMs) {
        String routeId = exchange.getFromRouteId();
        if (routeId == null) {
            return;
        }
        var message = exchange.getMessage();
        String correlationId = message.getHeader(WireContract.CORRELATION_ID, String.class);
        store.record(new TraceEntry(correlationId != null ? correlationId : exchange.getExchangeId(),
                message.getHeader(WireContract.BUSINESS_KEY, String.class),
                message.getHeader(WireContract.MESSAGE_TYPE, String.class), routeId, step, outcome, detail, durationMs,
                Instant.now()));
    }

    /** The endpoint without its options, which may hold credentials. */
    static String endpoint(String uri) {
        int query = uri.indexOf('?');
        String plain = query < 0 ? uri : uri.substring(0, query);
        return plain.length() > 200 ? plain.substring(0, 200) : plain;
    }
}
