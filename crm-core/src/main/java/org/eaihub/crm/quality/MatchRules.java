package org.eaihub.crm.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Applies the configured match rules to pairs of customers. Pure: no database, no state. */
public final class MatchRules {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final List<MatchingProperties.MatchRule> rules;

    public MatchRules(List<MatchingProperties.MatchRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<MatchingProperties.MatchRule> rules() {
        return rules;
    }

    /** The first rule by which {@code candidate} is a duplicate of {@code subject}, if any. */
    public Optional<MatchingProperties.MatchRule> firstMatch(MatchKeys subject, MatchKeys candidate) {
        if (subject.customerId() != null && subject.customerId().equals(candidate.customerId())) {
            return Optional.empty();
        }
        return rules.stream().filter(rule -> matches(rule, subject, candidate)).findFirst();
    }

    /** Every candidate that matches, with the rule that matched it. */
    public List<DuplicateMatch> matches(MatchKeys subject, List<MatchKeys> candidates) {
        List<DuplicateMatch> found = new ArrayList<>();
        for (MatchKeys candidate : candidates) {
            firstMatch(subject, candidate).ifPresent(rule ->
                    found.add(new DuplicateMatch(candidate.customerId(), rule.name(), rule.overridable())));
        }
        return found;
    }

    static boolean matches(MatchingProperties.MatchRule rule, MatchKeys a, MatchKeys b) {
        return switch (rule.type()) {
            case EXACT_TAX_ID -> same(a.taxId(), b.taxId());
            case EXACT_EMAIL -> same(a.email(), b.email());
            case EXACT_PHONE -> same(a.phone(), b.phone());
            case FUZZY_NAME_ADDRESS -> same(a.postalCode(), b.postalCode())
                    && similar(a.nameKey(), b.nameKey(), rule.nameThreshold())
                    && similar(a.streetKey(), b.streetKey(), rule.streetThreshold());
        };
    }

    private static boolean same(String a, String b) {
        return a != null && Objects.equals(a, b);
    }

    private static boolean similar(String a, String b, double threshold) {
        return a != null && b != null && !a.isEmpty() && !b.isEmpty() && SIMILARITY.apply(a, b) >= threshold;
    }
}
