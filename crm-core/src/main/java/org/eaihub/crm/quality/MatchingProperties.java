package org.eaihub.crm.quality;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The match rules used on create, update and import ({@code eaihub.crm.matching.rules}), in the order they
 * are tried. A rule that is {@code overridable} only warns: the caller may create the record anyway
 * ({@code force=true}); the others block. Tax id and e-mail are never overridable, the database refuses them.
 */
@ConfigurationProperties("eaihub.crm.matching")
public record MatchingProperties(List<MatchRule> rules, @DefaultValue("CN") String defaultRegion) {

    public record MatchRule(String name, MatchType type, double nameThreshold, double streetThreshold,
            boolean overridable) {
    }

    public MatchingProperties {
        if (rules == null || rules.isEmpty()) {
            rules = defaults();
        }
    }

    public static List<MatchRule> defaults() {
        return List.of(
                new MatchRule("same-tax-id", MatchType.EXACT_TAX_ID, 0, 0, false),
                new MatchRule("same-email", MatchType.EXACT_EMAIL, 0, 0, false),
                new MatchRule("same-phone", MatchType.EXACT_PHONE, 0, 0, true),
                new MatchRule("similar-name-and-address", MatchType.FUZZY_NAME_ADDRESS, 0.92, 0.85, true));
    }
}
