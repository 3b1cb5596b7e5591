package org.eaihub.canonical.validation;

/**
 * A type with rules that tie several of its fields together, e.g. "a blacklisted customer has a status reason".
 * Annotate the type with {@link CrossFieldChecked} so that Bean Validation runs {@link #checkCrossFields}.
 *
 * <p>These rules cannot be expressed in XML Schema 1.0 and are not in the published schemas; the codec's
 * validation enforces them.
 */
public interface CrossFieldRules {

    /** Reports each broken rule to {@code violations}; reports nothing when the value is consistent. */
    void checkCrossFields(CrossFieldViolations violations);
}
