package org.custodian.ingest;

import org.custodian.evidence.ClipId;
import org.custodian.shared.Sha256;

/** What became of an upload. Returned only once the clip's bytes are durable and its row committed. */
public record Received(ClipId clipId, Sha256 sha256, long sizeBytes, Status status) {

    public enum Status {
        /** A new clip. */
        STORED,
        /** The same bytes were already held (a re-dock); {@code clipId} is the clip that holds them. */
        ALREADY_STORED,
        /** Kept but flagged: the bytes do not hash to what the device claimed. */
        QUARANTINED
    }
}
