package org.eaihub.adapters.scm;

/**
 * A record on an SCM topic the hub cannot use. {@link #reason()} is one of the SCM's own dead-letter reasons
 * ({@code empty-record}, {@code unparsable-json}, {@code unexpected-message-type}, {@code schema-violation}); the
 * message names fields and rules, never values.
 */
public class ScmEventException extends IllegalArgumentException {

    private final String reason;

    public ScmEventException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ScmEventException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
