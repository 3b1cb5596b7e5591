package org.eaihub.canonical.validation;

/** Where {@link CrossFieldRules} report broken rules. */
@FunctionalInterface
public interface CrossFieldViolations {

    /**
     * Reports a broken rule.
     *
     * @param path the field, relative to the checked value, e.g. {@code statusReason} or
     *             {@code lines[2].priceAmount.currency}
     * @param rule the rule, short and stable, e.g. {@code requiredWhen status=BLACKLISTED}; it must not contain
     *             a field's value
     */
    void add(String path, String rule);
}
