package org.custodian.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.custodian.shared.InvalidValueException;

/**
 * One version of the retention schedule: a rule per category. Where several rules apply to a clip (its
 * category's and the non-evidential baseline every clip falls under) the one keeping it longest governs,
 * so no category can send footage away sooner than the baseline promises to keep it.
 */
public record RetentionPolicy(int version, Map<ClipCategory, RetentionRule> rules) {

    public RetentionPolicy {
        if (version < 0) {
            throw new IllegalArgumentException("A policy version cannot be negative");
        }
        EnumMap<ClipCategory, RetentionRule> copy = new EnumMap<>(ClipCategory.class);
        rules.forEach((category, rule) -> {
            if (rule.category() != category) {
                throw new IllegalArgumentException("Rule " + rule.name() + " filed under " + category);
            }
            copy.put(category, rule);
        });
        if (!copy.containsKey(ClipCategory.NON_EVIDENTIAL)) {
            throw new InvalidValueException("A retention policy needs a rule for non-evidential footage");
        }
        rules = Collections.unmodifiableMap(copy);
    }

    public static RetentionPolicy of(int version, List<RetentionRule> rules) {
        EnumMap<ClipCategory, RetentionRule> byCategory = new EnumMap<>(ClipCategory.class);
        for (RetentionRule rule : rules) {
            if (byCategory.put(rule.category(), rule) != null) {
                throw new InvalidValueException("Two rules for " + rule.category());
            }
        }
        return new RetentionPolicy(version, byCategory);
    }

    public RetentionPolicy withVersion(int newVersion) {
        return new RetentionPolicy(newVersion, rules);
    }

    public RetentionRule baseline() {
        return rules.get(ClipCategory.NON_EVIDENTIAL);
    }

    /**
     * The rule governing clips of {@code category}: the longest of its own and the baseline. Null for an
     * evidential category this version has no rule for: such clips are kept, never deleted by omission.
     */
    public RetentionRule governing(ClipCategory category) {
        RetentionRule own = rules.get(category);
        if (own == null) {
            return category.evidential() ? null : baseline();
        }
        return own.keepsAtLeastAsLongAs(baseline()) ? own : baseline();
    }

    /**
     * When the clip is due to go and when it is reviewed. A category this version has no rule for keeps
     * the clip (evidential categories, and names it does not know): nothing is deleted by omission.
     */
    public RetentionDecision decide(String categoryColumn, Instant recordedAt, List<Hold> holdsInForce) {
        Optional<ClipCategory> category = ClipCategory.ofColumn(categoryColumn);
        RetentionRule rule = category.map(this::governing).orElse(null);
        if (rule == null) {
            return new RetentionDecision(category.map(Enum::name).orElse(categoryColumn), "NONE", version, null, null,
                    holdsInForce);
        }
        return new RetentionDecision(category.get().name(), rule.name(), version, rule.deleteAfter(recordedAt),
                rule.reviewAt(recordedAt), holdsInForce);
    }
}
