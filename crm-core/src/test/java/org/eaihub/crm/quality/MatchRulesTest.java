package org.eaihub.crm.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MatchRulesTest {

    private final MatchRules rules = new MatchRules(MatchingProperties.defaults());

    private static MatchKeys keys(String id, String name, String taxId, String email, String phone, String postal,
            String street) {
        return new MatchKeys(id, Normalizer.nameKey(name), taxId, email, phone, postal,
                street == null ? null : Normalizer.nameKey(street));
    }

    private final MatchKeys existing = keys("C-000001", "Huaxin Trading Co., Ltd.", "91310000123456789X",
            "buy@huaxin.example.com", "+862163218888", "200000", "88 Nanjing Road");

    @Test
    void theSameTaxIdMatchesAndBlocks() {
        var subject = keys(null, "Something Else", "91310000123456789X", null, null, null, null);
        assertThat(rules.matches(subject, List.of(existing)))
                .containsExactly(new DuplicateMatch("C-000001", "same-tax-id", false));
    }

    @Test
    void theSameEmailMatchesAndBlocks() {
        var subject = keys(null, "Other", null, "buy@huaxin.example.com", null, null, null);
        assertThat(rules.matches(subject, List.of(existing)))
                .containsExactly(new DuplicateMatch("C-000001", "same-email", false));
    }

    @Test
    void theSamePhoneMatchesButCanBeOverridden() {
        var subject = keys(null, "Other", null, null, "+862163218888", null, null);
        assertThat(rules.matches(subject, List.of(existing)))
                .containsExactly(new DuplicateMatch("C-000001", "same-phone", true));
    }

    @Test
    void aSimilarNameAtTheSamePostalCodeAndStreetMatches() {
        var subject = keys(null, "HUAXIN TRADING LIMITED", null, null, null, "200000", "88 Nanjing Rd");
        assertThat(rules.matches(subject, List.of(existing)))
                .containsExactly(new DuplicateMatch("C-000001", "similar-name-and-address", true));
    }

    @Test
    void aSimilarNameElsewhereOrADifferentNameAtTheSameAddressDoesNotMatch() {
        assertThat(rules.matches(keys(null, "Huaxin Trading", null, null, null, "100000", "88 Nanjing Road"),
                List.of(existing))).isEmpty();
        assertThat(rules.matches(keys(null, "Brightline Logistics", null, null, null, "200000", "88 Nanjing Road"),
                List.of(existing))).isEmpty();
        assertThat(rules.matches(keys(null, "Huaxin Trading", null, null, null, "200000", "1 Keji Road"),
                List.of(existing))).isEmpty();
    }

    @Test
    void aRecordNeverMatchesItself() {
        assertThat(rules.matches(existing, List.of(existing))).isEmpty();
    }

    @Test
    void rulesAreTriedInTheConfiguredOrder() {
        var subject = keys(null, "Huaxin Trading", "91310000123456789X", "buy@huaxin.example.com", null, null, null);
        assertThat(rules.matches(subject, List.of(existing))).extracting(DuplicateMatch::rule)
                .containsExactly("same-tax-id");
        var emailFirst = new MatchRules(List.of(MatchingProperties.defaults().get(1),
                MatchingProperties.defaults().get(0)));
        assertThat(emailFirst.matches(subject, List.of(existing))).extracting(DuplicateMatch::rule)
                .containsExactly("same-email");
    }
}
