package org.custodian.retention;

import java.time.Instant;
import java.util.Objects;

import org.custodian.shared.InvalidValueException;

/**
 * How long clips of one category are kept after recording ({@code keep}; none: until a review decides)
 * and when they are reviewed. Every retained, evidential class has a review date (uk-rules RET-06,
 * DPA 2018 s.39(2)).
 */
public record RetentionRule(ClipCategory category, RetentionPeriod keep, RetentionPeriod review) {

    public RetentionRule {
        Objects.requireNonNull(category, "category");
        if (keep == null && review == null) {
            throw new InvalidValueException("The rule for " + category + " needs a period to keep clips or to review them");
        }
        if (category.evidential() && review == null) {
            throw new InvalidValueException("The rule for " + category + " keeps evidential footage and needs a review period");
        }
        if (category == ClipCategory.NON_EVIDENTIAL && keep == null) {
            // uk-rules RET-01: non-evidential footage is deleted no later than its period after recording.
            throw new InvalidValueException("Non-evidential footage needs a period after which it is deleted");
        }
    }

    public String name() {
        return category.name();
    }

    /** Null when the rule deletes nothing by itself. */
    public Instant deleteAfter(Instant recordedAt) {
        return keep == null ? null : keep.after(recordedAt);
    }

    public Instant reviewAt(Instant recordedAt) {
        return review == null ? null : review.after(recordedAt);
    }

    /** Whether this rule keeps clips at least as long as {@code other}; keeping until review is longest. */
    boolean keepsAtLeastAsLongAs(RetentionRule other) {
        if (keep == null) {
            return true;
        }
        return other.keep != null && keep.compareTo(other.keep) >= 0;
    }
}
