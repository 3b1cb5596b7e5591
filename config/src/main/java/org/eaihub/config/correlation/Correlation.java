package org.eaihub.config.correlation;

import java.util.UUID;

import org.slf4j.MDC;

/**
 * The correlation id names one business conversation from its first message to its last; the causation id
 * names the message that caused the current one. Both travel as HTTP headers, JMS properties and Kafka
 * headers, and sit in the logging context (MDC) while a message is handled, so every log line carries them.
 */
public final class Correlation {

    public static final String HTTP_CORRELATION_HEADER = "X-Correlation-Id";
    public static final String HTTP_CAUSATION_HEADER = "X-Causation-Id";
    /** JMS property, Kafka header, Camel header and MDC key. */
    public static final String CORRELATION_ID = "correlationId";
    /** JMS property, Kafka header, Camel header and MDC key. */
    public static final String CAUSATION_ID = "causationId";

    private static final int MAX_LENGTH = 64;

    private Correlation() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The current correlation id from the logging context, if one is set. */
    public static String current() {
        return MDC.get(CORRELATION_ID);
    }

    public static String currentCausation() {
        return MDC.get(CAUSATION_ID);
    }

    /** Puts the ids in the logging context; returns a handle that restores what was there before. */
    public static Scope open(String correlationId, String causationId) {
        String previousCorrelation = MDC.get(CORRELATION_ID);
        String previousCausation = MDC.get(CAUSATION_ID);
        put(CORRELATION_ID, sanitize(correlationId) == null ? newId() : sanitize(correlationId));
        put(CAUSATION_ID, sanitize(causationId));
        return () -> {
            put(CORRELATION_ID, previousCorrelation);
            put(CAUSATION_ID, previousCausation);
        };
    }

    /**
     * Ids come from outside: keep them short and printable so that a header cannot forge log lines or grow
     * without bound. The form is the canonical model's id form (ASCII letter or digit, then letters, digits and
     * {@code . _ : -}, at most 64). Returns null for absent or unusable values.
     */
    public static String sanitize(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !isAsciiLetterOrDigit(id.charAt(0))) {
            return null;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':')) {
                return null;
            }
        }
        return id;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Restores the logging context when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
