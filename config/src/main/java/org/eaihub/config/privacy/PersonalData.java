package org.eaihub.config.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks customers' personal data — names, e-mail addresses, phone numbers, street addresses — for people whose role
 * does not need it (operators reading dead letters, anyone reading logs).
 *
 * <p>A document (a message body as it sat on a queue: canonical JSON or XML, a CRM event, an ERP notification, or
 * something that could not even be parsed, which is why dead letters exist) is masked by field name, with patterns
 * rather than a parser so that broken documents are masked too: the value of every JSON member and the text of every
 * XML element or attribute whose local name is a personal-data field. Free text (log messages, exception messages) has
 * no field names: there e-mail addresses and international phone numbers are masked wherever they appear. Names and
 * street addresses in free text cannot be recognised; the applications never log them (a test checks a whole order
 * flow's logs and traces for a customer's data).
 */
public final class PersonalData {

    /** What a masked value reads as. */
    public static final String MASK = "***";

    /** Local names of the fields that hold personal data, lower case, in every system's vocabulary. */
    static final Set<String> FIELDS = Set.of(
            // names: canonical (name, givenName, familyName), CRM, ERP (name1..name4), SCM ship-to parties
            "name", "name1", "name2", "name3", "name4", "givenname", "familyname", "firstname", "lastname",
            "fullname", "contactname", "shiptoname", "customername", "partyname",
            // e-mail and phone
            "email", "emailaddress", "mail", "phone", "phonenumber", "telephone", "mobile", "fax",
            // street addresses
            "line1", "line2", "street", "streetaddress", "addressline", "housenumber",
            // the ERP's own field names (SAP style): street, phone, e-mail
            "stras", "telf1", "smtp_addr", "smtpaddr");

    private static final String FIELD_NAMES = "(?i:" + String.join("|", FIELDS) + ")";
    /** {@code "field": "value"} — the value may hold escaped quotes. */
    private static final Pattern JSON_MEMBER = Pattern.compile(
            "(\"" + FIELD_NAMES + "\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    /** {@code <p:field attr="x">value</p:field>} — text only; nested elements are masked on their own. */
    private static final Pattern XML_ELEMENT = Pattern.compile(
            "(<(?:[\\w.-]+:)?(" + FIELD_NAMES + ")(?:\\s[^>]*)?>)([^<]*)(</(?:[\\w.-]+:)?\\2\\s*>)");
    /** {@code field="value"} or {@code field='value'} inside a tag. */
    private static final Pattern XML_ATTRIBUTE = Pattern.compile(
            "(\\s(?:[\\w.-]+:)?" + FIELD_NAMES + "\\s*=\\s*)(\"[^\"]*\"|'[^']*')");
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]{1,64}@[\\w-]+(?:\\.[\\w-]+)+");
    /** An international number: a plus, then at least seven digits with the usual separators. */
    private static final Pattern PHONE = Pattern.compile("\\+\\d(?:[\\d ()./-]{5,30})\\d");

    private PersonalData() {
    }

    /** A message body with every personal-data field's value masked, then its free text masked too. */
    public static String maskDocument(String document) {
        if (document == null || document.isEmpty()) {
            return document;
        }
        String masked = replace(JSON_MEMBER, document, m -> m.group(1) + MASK + m.group(3));
        masked = replace(XML_ELEMENT, masked, m -> m.group(1) + MASK + m.group(4));
        masked = replace(XML_ATTRIBUTE, masked, m -> m.group(1) + m.group(2).charAt(0) + MASK + m.group(2).charAt(0));
        return maskFreeText(masked);
    }

    /** Free text with its e-mail addresses and international phone numbers masked. */
    public static String maskFreeText(String text) {
        if (text == null || text.isEmpty() || (text.indexOf('@') < 0 && text.indexOf('+') < 0)) {
            return text;
        }
        return replace(PHONE, replace(EMAIL, text, m -> MASK), m -> MASK);
    }

    private static String replace(Pattern pattern, String text,
            java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
