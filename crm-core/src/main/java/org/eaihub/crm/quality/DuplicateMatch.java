package org.eaihub.crm.quality;

/** A likely duplicate: the existing customer's id (or import row), the rule that matched, and whether it blocks. */
public record DuplicateMatch(String customerId, String rule, boolean overridable) {
}
