package org.eaihub.canonical.common;

/**
 * The regular expressions of the canonical model, written so that Java, XML Schema and JSON Schema (ECMA 262) read
 * them alike: character classes, quantifiers and escapes only, never anchors (a Java {@code @Pattern} and an XSD
 * pattern match the whole value; the published JSON Schema wraps each pattern in {@code ^(?:...)$}).
 */
public final class Patterns {

    /**
     * An identifier: ASCII letters, digits and {@code . _ : / -}, 1 to 64 characters. It cannot hold a space or an
     * {@code @}, so a person's name or an e-mail address can never be used where an id is expected.
     */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._:/\\-]{0,63}";

    /** ISO 3166-1 alpha-2 country code. */
    public static final String COUNTRY_CODE = "[A-Z]{2}";

    /** ISO 4217 currency code. */
    public static final String CURRENCY_CODE = "[A-Z]{3}";

    /** UN/ECE Recommendation 20 unit of measure (as UBL's {@code unitCode}), e.g. {@code EA}, {@code KGM}, {@code C62}. */
    public static final String UNIT_CODE = "[A-Z0-9]{1,3}";

    /** A machine-readable reason or error code, e.g. {@code CREDIT_LIMIT_EXCEEDED}. */
    public static final String REASON_CODE = "[A-Z][A-Z0-9_]{0,63}";

    /** A credit grade such as {@code AAA}, {@code BB+} or {@code C}. */
    public static final String CREDIT_GRADE = "[A-Z]{1,3}[+\\-]?";

    /** A schema version {@code MAJOR.MINOR}. */
    public static final String SCHEMA_VERSION = "[0-9]{1,3}\\.[0-9]{1,3}";

    /** A message type name, OAGIS style verb + noun, e.g. {@code SyncCustomerPartyMaster}. */
    public static final String MESSAGE_TYPE = "[A-Z][A-Za-z0-9]{2,63}";

    /** An e-mail address, checked loosely: one {@code @}, no white space. */
    public static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,189}";

    /** A phone number in international or local notation. */
    public static final String PHONE = "[+]?[0-9][0-9 ()./\\-]{2,31}";

    /** A calendar month {@code YYYY-MM}, e.g. {@code 2026-12}. */
    public static final String YEAR_MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";

    /** A receivables aging bucket by age in days, e.g. {@code 0-30} or the open-ended {@code 90+}. */
    public static final String AGING_BUCKET = "[0-9]{1,4}(-[0-9]{1,4}|\\+)";

    private Patterns() {
    }
}
