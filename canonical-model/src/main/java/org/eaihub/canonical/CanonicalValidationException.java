package org.eaihub.canonical;

import java.util.List;
import java.util.Objects;

/**
 * A canonical document or message is not acceptable: it cannot be parsed, breaks a parser limit, has an unsupported
 * schema version, or breaks a rule of its schema. Holds every violation found; its message names each field and
 * rule and never contains a field's value.
 */
public class CanonicalValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    private final String subject;
    @SuppressWarnings("serial") // an immutable List.copyOf list of serializable records
    private final List<Violation> violations;

    /**
     * @param subject    what was checked, e.g. a message type name or {@code JSON document}
     * @param violations what is wrong, at least one
     */
    public CanonicalValidationException(String subject, List<Violation> violations) {
        super(describe(subject, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation");
        }
        this.subject = Objects.requireNonNull(subject, "subject");
        this.violations = List.copyOf(violations);
    }

    public CanonicalValidationException(String subject, Violation violation) {
        this(subject, List.of(violation));
    }

    public String subject() {
        return subject;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String subject, List<Violation> violations) {
        StringBuilder text = new StringBuilder("Invalid ").append(subject).append(": ");
        if (violations.size() > 1) {
            text.append(violations.size()).append(" violations: ");
        }
        for (int i = 0; i < violations.size() && i < LISTED; i++) {
            text.append(i == 0 ? "" : "; ").append(violations.get(i));
        }
        if (violations.size() > LISTED) {
            text.append("; and ").append(violations.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}
