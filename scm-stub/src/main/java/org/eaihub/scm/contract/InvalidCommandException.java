package org.eaihub.scm.contract;

/**
 * A command that can never succeed as it is: unreadable, not matching its schema, or naming things the SCM
 * does not have where that makes the whole command meaningless. It goes to the dead-letter topic at once,
 * without retries, with {@link #reason()} in the {@code dlt.reason} header.
 */
public class InvalidCommandException extends RuntimeException {

    /** {@code dlt.reason} values. */
    public static final String EMPTY_RECORD = "empty-record";
    public static final String UNPARSABLE_JSON = "unparsable-json";
    public static final String UNEXPECTED_TYPE = "unexpected-message-type";
    public static final String SCHEMA_VIOLATION = "schema-violation";
    public static final String INVALID_CONTENT = "invalid-content";
    public static final String REQUEST_ID_CONFLICT = "request-id-conflict";

    private final String reason;

    public InvalidCommandException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public InvalidCommandException(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
