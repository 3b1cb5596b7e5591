package org.eaihub.hub.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.ProducerTemplate;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.eaihub.canonical.customer.GetCustomer360;
import org.eaihub.canonical.customer.GetCustomerPartyMaster;
import org.eaihub.hub.customer.CustomerRequestRoute;
import org.eaihub.hub.customer.CustomerRequestService;
import org.eaihub.hub.customer360.Customer360Service;
import org.eaihub.hub.intake.CanonicalIngress;
import org.eaihub.hub.intake.OrderIntakeRoute;

/**
 * The hub's synchronous entry points (REST {@code POST /api/messages}, SOAP {@code /services/canonical}) in front
 * of the same operations as the JMS queues. A message is read and validated first, so that a caller hears at once
 * what is wrong (field path and rule). A query ({@code GetCustomerPartyMaster}) is answered directly, in the
 * caller's format, as is a {@code GetCustomer360} (with {@code ShowCustomer360}). A command or change ({@code SyncCustomerPartyMaster}, {@code ProcessSalesOrder}) is put, as it
 * came, on the queue a backend would use ({@code hub.in.customer}, {@code hub.in.order}), so that it takes the same
 * transacted, ordered, idempotent path; the caller gets its message id back.
 */
public class CanonicalGateway {

    /** What became of a message: answered now (with the answer) or accepted onto a queue. */
    public record Outcome(boolean answered, byte[] answer, Format format, String messageId, String queue) {
    }

    private static final Map<String, String> QUEUES = Map.of(
            "SyncCustomerPartyMaster", CustomerRequestRoute.QUEUE,
            "ProcessSalesOrder", OrderIntakeRoute.INBOUND);
    private static final Set<String> ACCEPTED = Set.of("GetCustomerPartyMaster", "GetCustomer360",
            "SyncCustomerPartyMaster", "ProcessSalesOrder");

    private final CanonicalCodec codec;
    private final CanonicalIngress ingress;
    private final CustomerRequestService customers;
    private final Customer360Service customer360;
    private final ProducerTemplate producer;

    public CanonicalGateway(CanonicalCodec codec, CustomerRequestService customers, Customer360Service customer360,
            ProducerTemplate producer) {
        this.codec = codec;
        this.ingress = new CanonicalIngress(codec);
        this.customers = customers;
        this.customer360 = customer360;
        this.producer = producer;
    }

    public static Set<String> acceptedTypes() {
        return ACCEPTED;
    }

    public Outcome submit(byte[] document, String contentType) {
        Format format = CanonicalIngress.formatOf(document, contentType);
        CanonicalIngress.Accepted accepted = ingress.accept(document, format.contentType(), ACCEPTED);
        Envelope envelope = accepted.message().envelope();
        if (accepted.message() instanceof GetCustomerPartyMaster query) {
            return new Outcome(true, codec.write(customers.inquire(query), format), format, envelope.messageId(), null);
        }
        if (accepted.message() instanceof GetCustomer360 query) {
            return new Outcome(true, codec.write(customer360.answer(query), format), format, envelope.messageId(),
                    null);
        }
        String queue = QUEUES.get(envelope.messageType());
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(WireContract.CONTENT_TYPE, format.contentType());
        headers.put(WireContract.MESSAGE_TYPE, envelope.messageType());
        headers.put(WireContract.CORRELATION_ID, envelope.correlationId());
        headers.put(WireContract.BUSINESS_KEY, envelope.businessKey());
        headers.put("JMSXGroupID", envelope.businessKey());
        producer.sendBodyAndHeaders("jms:queue:" + queue, new String(document, StandardCharsets.UTF_8), headers);
        return new Outcome(false, null, format, envelope.messageId(), queue);
    }
}
