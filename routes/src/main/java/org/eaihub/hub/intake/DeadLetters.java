package org.eaihub.hub.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.eaihub.canonical.WireContract;

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
    /** The content type of the reason a requester gets instead of an answer. */
    public static final String PROBLEM_CONTENT_TYPE = "application/problem+json";

    private static final ObjectMapper PROBLEMS = new ObjectMapper();

    private DeadLetters() {
    }

    /** Sets the dead-letter properties on the (original) message of a failed exchange. */
    public static Processor describe(String routeId, String queue) {
        return exchange -> {
            Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            var message = exchange.getMessage();
            message.setHeader(EXCEPTION, failure == null ? "unknown" : failure.getClass().getName());
            message.setHeader(REASON, failure == null ? "unknown" : reason(failure));
            message.setHeader(ROUTE, routeId);
            message.setHeader(ORIGINAL_QUEUE, queue);
            message.setHeader(FAILED_AT, Instant.now().toString());
        };
    }

    /**
     * For a requester waiting for a reply (request/reply): replaces the reply's body with the reason, as
     * {@code application/problem+json}, so that the requester learns at once why its request was refused (the
     * original message is in the dead-letter queue already). Does nothing for a one-way message.
     */
    public static void replyWithReason(Exchange exchange) {
        if (!exchange.getPattern().isOutCapable()) {
            return;
        }
        var message = exchange.getMessage();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "refused");
        problem.put("detail", message.getHeader(REASON, String.class));
        problem.put("exception", message.getHeader(EXCEPTION, String.class));
        problem.put("deadLetterQueue", "DLQ." + message.getHeader(ORIGINAL_QUEUE, String.class));
        replyProblem(message, problem);
    }

    /**
     * The reply to a query that could not be answered because a system did not answer (nothing was dead-lettered,
     * nothing changed): {@code application/problem+json} with {@code title} {@code unavailable}, {@code status} 503,
     * the {@code source} and its {@code reason} code.
     */
    public static void replyUnavailable(Exchange exchange, String source, String reasonCode) {
        if (!exchange.getPattern().isOutCapable()) {
            return;
        }
        var message = exchange.getMessage();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "unavailable");
        problem.put("status", 503);
        problem.put("detail", source + " did not answer");
        problem.put("source", source);
        problem.put("reason", reasonCode);
        replyProblem(message, problem);
    }

    /** Makes the message the {@code application/problem+json} reply with this problem. */
    private static void replyProblem(Message message, Map<String, Object> problem) {
        try {
            message.setBody(PROBLEMS.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        message.setHeader(WireContract.CONTENT_TYPE, PROBLEM_CONTENT_TYPE);
        message.setHeader(WireContract.MESSAGE_TYPE, "Problem");
    }

    /** A reason short enough for a message property. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) + "…" : message;
    }
}
