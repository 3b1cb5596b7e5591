package org.eaihub.landscape.hub;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.landscape.LandscapeFixture;

/** Canonical messages the dead-letter tests put on the hub's queues, as a backend would. */
final class HubMessages {

    private static final CanonicalCodec CODEC = new CanonicalCodec();

    private HubMessages() {
    }

    /** The fixture order as canonical JSON, in a conversation of its own with this correlation id. */
    static String order(String correlationId) {
        ProcessSalesOrder fixture = Fixtures.processOrder();
        Envelope e = Envelope.newConversation(ProcessSalesOrder.class, SystemCode.CRM, fixture.envelope().businessKey());
        return new String(CODEC.write(new ProcessSalesOrder(new Envelope(e.messageId(), correlationId, null,
                e.messageType(), e.schemaVersion(), e.sourceSystem(), e.occurredAt(), e.businessKey(), null, null),
                fixture.salesOrder()), Format.JSON), StandardCharsets.UTF_8);
    }

    /** A text message with these string properties, sent over Core as the user. */
    static void send(LandscapeFixture landscape, String queue, String user, String body,
            Map<String, String> properties) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(landscape.coreUrl())
                .createConnection(user, landscape.password(user));
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage message = session.createTextMessage(body);
            for (var property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            session.createProducer(session.createQueue(queue)).send(message);
        }
    }
}
