package org.custodian.retention;

import java.time.Instant;
import java.util.Objects;

import org.custodian.evidence.ClipId;

/**
 * A hold on one clip: while it is in force the clip is never deleted. Who placed it, when and why, and
 * who released it, when and why, are kept with it and audited (uk-rules RET-05).
 */
public record Hold(long id, ClipId clip, HoldKind kind, String reference, String reason, String placedBy,
        Instant placedAt, String releasedBy, Instant releasedAt, String releaseReason) {

    public Hold {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        reason = Reasons.required(reason, "A hold needs a reason");
    }

    public static Hold place(ClipId clip, HoldKind kind, String reference, String reason, String by, Instant at) {
        return new Hold(0, clip, kind, reference == null || reference.isBlank() ? null : reference.trim(), reason, by,
                at, null, null, null);
    }

    public boolean inForce() {
        return releasedAt == null;
    }

    public Hold release(String by, Instant at, String why) {
        if (!inForce()) {
            throw new HoldAlreadyReleasedException(this);
        }
        return new Hold(id, clip, kind, reference, reason, placedBy, placedAt, Objects.requireNonNull(by), at,
                Reasons.required(why, "Releasing a hold needs a reason"));
    }
}
