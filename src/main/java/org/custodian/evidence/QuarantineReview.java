package org.custodian.evidence;

import java.time.Instant;
import java.util.Objects;

import org.custodian.shared.InvalidValueException;

/**
 * What someone decided about a quarantined clip, who, when and why. The decision is kept with the clip for
 * as long as the clip is kept: a clip released from quarantine must still show that its device claimed
 * other bytes, and on whose word it is trusted now.
 */
public record QuarantineReview(Decision decision, String reviewedBy, Instant reviewedAt, String reason) {

    public static final int REASON_MAX = 4000;

    public enum Decision {
        /** The bytes are the camera's original after all (a device that hashed wrongly); the clip is STORED. */
        RELEASED,
        /** The bytes are not what the camera recorded; the clip stays QUARANTINED. */
        CONFIRMED_CORRUPT
    }

    public QuarantineReview {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("A written reason is required to review a quarantined clip");
        }
        reason = reason.strip();
        if (reason.length() > REASON_MAX) {
            throw new InvalidValueException("The reason is longer than " + REASON_MAX + " characters");
        }
    }
}
