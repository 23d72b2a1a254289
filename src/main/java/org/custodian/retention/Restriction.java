package org.custodian.retention;

import java.time.Instant;
import java.util.Objects;

import org.custodian.evidence.ClipId;
import org.custodian.shared.RuleViolationException;

/**
 * Restriction of a clip's processing instead of its erasure (DPA 2018 s.47(2), uk-rules RET-09), e.g. when its
 * accuracy is contested or it is needed for legal claims: while in force the clip is not deleted when due and
 * only a data protection officer or an administrator may open it. Who placed and lifted it, when and why, are kept.
 */
public record Restriction(long id, ClipId clip, String reason, String placedBy, Instant placedAt, String liftedBy,
        Instant liftedAt, String liftReason) {

    public Restriction {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        reason = Reasons.required(reason, "A restriction needs a reason, e.g. 'DPA s.47: accuracy contested'");
    }

    public static Restriction place(ClipId clip, String reason, String by, Instant at) {
        return new Restriction(0, clip, reason, by, at, null, null, null);
    }

    public boolean inForce() {
        return liftedAt == null;
    }

    public Restriction lift(String by, Instant at, String why) {
        if (!inForce()) {
            throw new RuleViolationException("The restriction of clip " + clip + " was already lifted by " + liftedBy
                    + " at " + liftedAt);
        }
        return new Restriction(id, clip, reason, placedBy, placedAt, Objects.requireNonNull(by), at,
                Reasons.required(why, "Lifting a restriction needs a reason"));
    }
}
