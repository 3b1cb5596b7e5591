package org.eaihub.crm.quality;

/** What a match rule compares. */
public enum MatchType {
    /** The same tax id (统一社会信用代码). */
    EXACT_TAX_ID,
    /** The same e-mail address. */
    EXACT_EMAIL,
    /** The same phone number. */
    EXACT_PHONE,
    /** Similar names (Jaro-Winkler) at the same postal code with a similar street line. */
    FUZZY_NAME_ADDRESS
}
