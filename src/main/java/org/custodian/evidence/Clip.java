package org.custodian.evidence;

import java.time.Instant;
import java.util.Objects;

import org.custodian.shared.Sha256;
import org.custodian.storage.BlobKey;

/**
 * A recording held by Custodian: its bytes (encrypted under their own data key in the blob at
 * {@code blobKey}), the SHA-256 of those bytes as they arrived, and what is known of the recording.
 * A clip whose bytes do not hash to what its device claimed is QUARANTINED: kept, but never trusted
 * as the camera's original until someone has looked into why.
 */
public record Clip(ClipId id, Sha256 sha256, long sizeBytes, ClipStatus status, Sha256 deviceSha256,
        Recording recording, Provenance provenance, BlobKey blobKey, Instant receivedAt) {

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
    }

    /** A clip just received: quarantined when its device claimed a hash the bytes do not have. */
    public static Clip received(ClipId id, Sha256 sha256, long sizeBytes, Sha256 deviceSha256, Recording recording,
            Provenance provenance, BlobKey blobKey, Instant receivedAt) {
        boolean trusted = deviceSha256 == null || deviceSha256.equals(sha256);
        return new Clip(id, sha256, sizeBytes, trusted ? ClipStatus.STORED : ClipStatus.QUARANTINED, deviceSha256,
                recording, provenance, blobKey, receivedAt);
    }

    public boolean isQuarantined() {
        return status == ClipStatus.QUARANTINED;
    }

    /**
     * What makes two uploads the same clip: the bytes, and for a quarantined clip also the wrong claim,
     * so the same bad upload docked twice is still one clip but never merges with a trusted one.
     */
    public String dedupKey() {
        return isQuarantined() ? sha256.hex() + "/" + deviceSha256.hex() : sha256.hex();
    }
}
