package org.custodian.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * An upload that has begun and is not yet a clip: a tus upload short of its length, or an Axis recording
 * still Transferring.
 *
 * @param reference     the protocol's name for it: a tus upload id, an Axis recording container
 * @param by            who is uploading: a staff username, or the Axis account
 * @param receivedBytes held durably so far
 * @param totalBytes    the length announced up front; null when the protocol does not say (Axis)
 * @param parts         objects received so far (an Axis recording's clips, track, bookmarks); null for tus
 */
public record UploadInProgress(String source, String reference, String cameraSerial, String by, long receivedBytes,
        Long totalBytes, Integer parts, Instant startedAt, Instant lastActivityAt) {

    public UploadInProgress {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    }

    /** How far along, 0-100; null when the total is not known. */
    public Integer percent() {
        return totalBytes == null || totalBytes == 0 ? null : (int) (receivedBytes * 100 / totalBytes);
    }
}
