package org.custodian.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * A policy version and who stands behind it. A change takes effect only when an administrator other than
 * the one who proposed it approves it (uk-rules INT-09: four eyes on retention schedule changes).
 */
public record PolicyVersion(RetentionPolicy policy, PolicyState state, String reason, String proposedBy,
        Instant proposedAt, String decidedBy, Instant decidedAt) {

    public PolicyVersion {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(state, "state");
    }

    public int version() {
        return policy.version();
    }

    public PolicyVersion approve(String by, Instant at) {
        decide(by);
        return new PolicyVersion(policy, PolicyState.IN_FORCE, reason, proposedBy, proposedAt, by, at);
    }

    public PolicyVersion reject(String by, Instant at) {
        if (state != PolicyState.PROPOSED) {
            throw new org.custodian.shared.RuleViolationException("Policy version " + version() + " is " + state
                    + ", not awaiting a decision");
        }
        return new PolicyVersion(policy, PolicyState.REJECTED, reason, proposedBy, proposedAt, by, at);
    }

    private void decide(String by) {
        if (state != PolicyState.PROPOSED) {
            throw new org.custodian.shared.RuleViolationException("Policy version " + version() + " is " + state
                    + ", not awaiting approval");
        }
        if (proposedBy.equals(by)) {
            throw new SecondApprovalRequiredException(this);
        }
    }
}
