package org.custodian.retention;

import java.time.Instant;
import java.util.List;

/**
 * What retention says about one clip: its category, the rule that governs it and from which policy
 * version, when it may be deleted ({@code deleteAfter}, null when no rule deletes it) and reviewed, and
 * the holds in force, any one of which keeps it (uk-rules RET-05).
 */
public record RetentionDecision(String category, String rule, int policyVersion, Instant deleteAfter,
        Instant reviewAt, List<Hold> holds) {

    public RetentionDecision {
        holds = List.copyOf(holds);
    }

    public boolean held() {
        return !holds.isEmpty();
    }

    /** Whether the clip may be deleted at {@code when}: its rule has run out and nothing holds it. */
    public boolean dueAt(Instant when) {
        return !held() && deleteAfter != null && !deleteAfter.isAfter(when);
    }
}
