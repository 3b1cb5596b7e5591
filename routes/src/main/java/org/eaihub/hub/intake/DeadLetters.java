package org.eaihub.hub.intake;

/** The properties a dead letter carries besides the original message: why, where, when. */
public final class DeadLetters {

    /** The exception's class. */
    public static final String EXCEPTION = "dlqException";
    /** What was wrong: field paths and rules, never values. */
    public static final String REASON = "dlqReason";
    /** The route that gave up on the message. */
    public static final String ROUTE = "dlqRoute";
    /** The queue the message came from. */
    public static final String ORIGINAL_QUEUE = "dlqOriginalQueue";
    /** When it was dead-lettered (ISO-8601). */
    public static final String FAILED_AT = "dlqFailedAt";

    private DeadLetters() {
    }

    /** Sets the dead-letter properties on the (original) message of a failed exchange. */
    public static org.apache.camel.Processor describe(String routeId, String queue) {
        return exchange -> {
            Exception failure = exchange.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class);
            var message = exchange.getMessage();
            message.setHeader(EXCEPTION, failure == null ? "unknown" : failure.getClass().getName());
            message.setHeader(REASON, failure == null ? "unknown" : reason(failure));
            message.setHeader(ROUTE, routeId);
            message.setHeader(ORIGINAL_QUEUE, queue);
            message.setHeader(FAILED_AT, java.time.Instant.now().toString());
        };
    }

    /** A reason short enough for a message property. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) + "…" : message;
    }
}
