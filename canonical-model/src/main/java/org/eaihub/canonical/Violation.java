package org.eaihub.canonical;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule of a canonical document. Never holds the offending value: paths and rules only, since values may
 * be personal data.
 *
 * @param path    where, e.g. {@code customer.addresses[0].countryCode}; {@code $} for the document as a whole
 * @param rule    which rule, short and stable, e.g. {@code required}, {@code pattern [A-Z]{2}},
 *                {@code maxLength 200}, {@code type decimal}, {@code maxDepth 64}
 * @param message the same for people, e.g. {@code must match the pattern [A-Z]{2}}
 */
public record Violation(String path, String rule, String message) implements Serializable {

    /** The path of the document as a whole. */
    public static final String DOCUMENT = "$";

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message + " [" + rule + "]";
    }
}
