package org.eaihub.crm.quality;

import java.text.Normalizer.Form;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Brings names, e-mail addresses, phone numbers and tax ids into one form on input, so that the same customer
 * typed twice looks the same twice (清洗整理). Phone numbers become E.164 (libphonenumber, default region
 * China); e-mail addresses lower case; names keep their spelling but lose stray white space, and get a
 * matching key without case, accents, punctuation or legal-form words.
 */
public final class Normalizer {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<String> LEGAL_FORMS = List.of("co", "ltd", "limited", "inc", "corp", "corporation",
            "company", "gmbh", "ag", "sa", "llc", "plc", "group", "有限公司", "股份有限公司", "集团");

    private final String defaultRegion;

    public Normalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** Trims, joins runs of white space and composes characters (NFC); null for blank. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACES.matcher(java.text.Normalizer.normalize(value, Form.NFC)).replaceAll(" ").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A key for comparing names: no case, accents, punctuation or legal-form words. */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = MARKS.matcher(java.text.Normalizer.normalize(name, Form.NFKD)).replaceAll("");
        String[] words = NOT_WORD.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").trim().split(" ");
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                key.append(key.isEmpty() ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    /** Lower-case e-mail address, or an error naming the field. */
    public static String email(String value, String field, List<FieldError> errors) {
        String email = text(value);
        if (email == null) {
            return null;
        }
        email = email.toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError(field, "email", "is not an e-mail address (local@domain.tld)"));
            return null;
        }
        return email;
    }

    /** The phone number in E.164 form, or an error naming the field. */
    public String phone(String value, String field, List<FieldError> errors) {
        String phone = text(value);
        if (phone == null) {
            return null;
        }
        try {
            var number = PHONES.parse(phone, defaultRegion);
            if (!PHONES.isPossibleNumber(number)) {
                errors.add(new FieldError(field, "phone", "is not a possible phone number"));
                return null;
            }
            return PHONES.format(number, PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            errors.add(new FieldError(field, "phone", "is not a phone number (" + e.getErrorType() + ")"));
            return null;
        }
    }

    /** Upper case without spaces, dots or hyphens. */
    public static String taxId(String value) {
        String id = text(value);
        return id == null ? null : id.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    public static String upper(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
