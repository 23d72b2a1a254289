package org.custodian.evidence;

import java.time.Instant;
import java.util.Objects;

import org.custodian.shared.Sha256;
import org.custodian.storage.BlobKey;

/**
 * A recording held by Custodian: its bytes (encrypted under their own data key in the blob at
 * {@code blobKey}), the SHA-256 of those bytes as they arrived, and what is known of the recording.
 * A clip whose bytes do not hash to what its device claimed is QUARANTINED: kept, but never trusted
 * as the camera's original until someone has looked into why and recorded a {@link QuarantineReview}.
 */
public record Clip(ClipId id, Sha256 sha256, long sizeBytes, ClipStatus status, Sha256 deviceSha256,
        Recording recording, Provenance provenance, BlobKey blobKey, Instant receivedAt, QuarantineReview review) {

    public Clip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A clip's size cannot be negative");
        }
        if (review != null && !claimDiffers(sha256, deviceSha256)) {
            throw new IllegalArgumentException("Only a clip whose device claimed other bytes has a quarantine review");
        }
        if (review != null && (status == ClipStatus.STORED) != (review.decision() == QuarantineReview.Decision.RELEASED)) {
            throw new IllegalArgumentException("A released clip is STORED, a clip confirmed corrupt QUARANTINED");
        }
    }

    /** A clip just received: quarantined when its device claimed a hash the bytes do not have. */
    public static Clip received(ClipId id, Sha256 sha256, long sizeBytes, Sha256 deviceSha256, Recording recording,
            Provenance provenance, BlobKey blobKey, Instant receivedAt) {
        return new Clip(id, sha256, sizeBytes,
                claimDiffers(sha256, deviceSha256) ? ClipStatus.QUARANTINED : ClipStatus.STORED, deviceSha256,
                recording, provenance, blobKey, receivedAt, null);
    }

    public boolean isQuarantined() {
        return status == ClipStatus.QUARANTINED;
    }

    /** Whether the clip arrived with a device hash its bytes do not have, whatever was decided since. */
    public boolean wasQuarantined() {
        return claimDiffers(sha256, deviceSha256);
    }

    /**
     * Trusts a quarantined clip as the camera's original on {@code reviewer}'s written word. The device's claim
     * and the review stay with the clip.
     */
    public Clip release(String reviewer, Instant at, String reason) {
        return reviewed(new QuarantineReview(QuarantineReview.Decision.RELEASED, reviewer, at, reason),
                ClipStatus.STORED);
    }

    /** Records that a quarantined clip is not what the camera recorded; it stays in quarantine. */
    public Clip confirmCorrupt(String reviewer, Instant at, String reason) {
        return reviewed(new QuarantineReview(QuarantineReview.Decision.CONFIRMED_CORRUPT, reviewer, at, reason),
                ClipStatus.QUARANTINED);
    }

    private Clip reviewed(QuarantineReview decided, ClipStatus now) {
        if (!isQuarantined()) {
            throw new ClipNotQuarantinedException("Clip " + id + " is not in quarantine");
        }
        if (review != null) {
            throw new ClipNotQuarantinedException("Clip " + id + " was already reviewed by " + review.reviewedBy()
                    + " at " + review.reviewedAt() + ": confirmed corrupt");
        }
        return new Clip(id, sha256, sizeBytes, now, deviceSha256, recording, provenance, blobKey, receivedAt, decided);
    }

    /**
     * What makes two uploads the same clip: the bytes, and for a clip whose device claimed other bytes also
     * that claim, so the same bad upload docked twice is still one clip but never merges with a trusted one,
     * not even after it has been released.
     */
    public String dedupKey() {
        return wasQuarantined() ? sha256.hex() + "/" + deviceSha256.hex() : sha256.hex();
    }

    private static boolean claimDiffers(Sha256 sha256, Sha256 deviceSha256) {
        return deviceSha256 != null && !deviceSha256.equals(sha256);
    }
}
