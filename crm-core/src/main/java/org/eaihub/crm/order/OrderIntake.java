package org.eaihub.crm.order;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.WireContract;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.security.Roles;
import org.eaihub.crm.access.Staff;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.SessionAwareMessageListener;
import org.springframework.stereotype.Component;

/**
 * Orders from backends: a canonical {@code ProcessSalesOrder} (JSON, or XML when {@code contentType} says so) on
 * {@code crm.in.order} is captured like a REST order, the envelope's message id being its idempotency key, so a
 * redelivered message finds the order it created. The listener runs in the container's JMS transaction: a message
 * that cannot become an order goes, as it came and with the reason, to {@code DLQ.crm.in.order} in that same
 * transaction; any other failure (the database is down) rolls back, and the broker redelivers.
 */
@Component
public class OrderIntake implements SessionAwareMessageListener<Message> {

    public static final String QUEUE = "crm.in.order";
    public static final String DEAD_LETTER_QUEUE = "DLQ." + QUEUE;
    /** The dead-letter properties, named as the hub names them so that its dead-letter tools read them alike. */
    public static final String DLQ_EXCEPTION = "dlqException";
    public static final String DLQ_REASON = "dlqReason";
    public static final String DLQ_ROUTE = "dlqRoute";
    public static final String DLQ_ORIGINAL_QUEUE = "dlqOriginalQueue";
    public static final String DLQ_FAILED_AT = "dlqFailedAt";
    private static final String LISTENER = "crm-order-intake";
    private static final Staff INTAKE = new Staff("jms:" + QUEUE, Set.of(Roles.SYSTEM), null);
    private static final Logger LOG = LoggerFactory.getLogger(OrderIntake.class);

    private final OrderService orders;
    private final CanonicalCodec codec;
    private final Validator validator;
    private final Clock clock;

    public OrderIntake(OrderService orders, CanonicalCodec codec, Validator validator, Clock clock) {
        this.orders = orders;
        this.codec = codec;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public void onMessage(Message message, Session session) throws JMSException {
        byte[] body = bodyOf(message);
        try {
            String contentType = message.getStringProperty(WireContract.CONTENT_TYPE);
            ProcessSalesOrder command = codec.read(body == null ? new byte[0] : body,
                    contentType == null ? Format.JSON : Format.fromContentType(contentType), ProcessSalesOrder.class);
            Envelope envelope = command.envelope();
            try (Correlation.Scope ignored = Correlation.open(envelope.correlationId(), envelope.messageId())) {
                OrderRequest request = validated(toRequest(command.salesOrder()));
                OrderService.Captured captured = orders.capture(request, "jms:" + envelope.messageId(),
                        SalesOrderRecord.Channel.JMS, envelope.messageId(), INTAKE);
                LOG.info("Order message {} {} {}", envelope.messageId(),
                        captured.created() ? "captured as" : "was captured before as",
                        captured.order().getOrderNumber());
            }
        } catch (CanonicalValidationException | CustomerValidationException | OrderConflictException e) {
            deadLetter(message, body, session, e);
        }
    }

    static OrderRequest toRequest(SalesOrder order) {
        List<OrderRequest.Line> lines = order.lines().stream().map(l -> new OrderRequest.Line(l.sku(), l.quantity(),
                l.unitCode(), l.priceAmount().amount())).toList();
        return new OrderRequest(order.customerId(), null, order.salesOrderId(), order.requestedDeliveryDate(),
                order.currency(), lines);
    }

    private OrderRequest validated(OrderRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<OrderRequest> violation : validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new CustomerValidationException(errors);
        }
        return request;
    }

    private static byte[] bodyOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? null : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return body;
        }
        return null;
    }

    /** Sends a copy of the message, with the reason (field paths and rules, never values), to the DLQ. */
    private void deadLetter(Message original, byte[] body, Session session, RuntimeException failure)
            throws JMSException {
        Message copy;
        if (original instanceof BytesMessage) {
            BytesMessage bytes = session.createBytesMessage();
            bytes.writeBytes(body);
            copy = bytes;
        } else {
            copy = session.createTextMessage(body == null ? null : new String(body, StandardCharsets.UTF_8));
        }
        Enumeration<?> names = original.getPropertyNames();
        while (names.hasMoreElements()) {
            String name = String.valueOf(names.nextElement());
            if (!name.startsWith("JMS") && !name.startsWith("_AMQ")) {
                copy.setObjectProperty(name, original.getObjectProperty(name));
            }
        }
        copy.setJMSCorrelationID(original.getJMSCorrelationID());
        copy.setStringProperty(DLQ_EXCEPTION, failure.getClass().getName());
        copy.setStringProperty(DLQ_REASON, reason(failure));
        copy.setStringProperty(DLQ_ROUTE, LISTENER);
        copy.setStringProperty(DLQ_ORIGINAL_QUEUE, QUEUE);
        copy.setStringProperty(DLQ_FAILED_AT, clock.instant().toString());
        try (MessageProducer producer = session.createProducer(session.createQueue(DEAD_LETTER_QUEUE))) {
            producer.send(copy);
        }
        LOG.warn("Order message {} dead-lettered to {}: {}", original.getJMSMessageID(), DEAD_LETTER_QUEUE,
                reason(failure));
    }

    private static String reason(RuntimeException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.length() > 2000 ? message.substring(0, 2000) + "…" : message;
    }
}
