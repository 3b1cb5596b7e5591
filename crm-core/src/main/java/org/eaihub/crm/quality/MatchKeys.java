package org.eaihub.crm.quality;

/** What duplicate detection compares of a customer, all normalized. */
public record MatchKeys(String customerId, String nameKey, String taxId, String email, String phone,
        String postalCode, String streetKey) {
}
