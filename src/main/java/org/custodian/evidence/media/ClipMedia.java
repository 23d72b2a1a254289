package org.custodian.evidence.media;

import java.time.Instant;
import java.util.Objects;

import org.custodian.evidence.ClipId;

/**
 * What the background examination of a clip found and made. {@code facts} is null when the bytes could not
 * be read as a recording; a derived blob's size is null until it is made. A FAILED examination says why in
 * {@code failure} and keeps what did succeed; it is tried again until the attempts run out.
 */
public record ClipMedia(ClipId clip, State state, int attempts, Instant lastAttemptAt, String failure,
        MediaFacts facts, Long posterBytes, Long thumbnailsBytes, Long playableBytes) {

    public enum State { DONE, FAILED }

    /** Names of the derived blobs, under {@code derived/<clip id>/}. */
    public static final String POSTER = "poster.jpg";
    public static final String THUMBNAILS = "thumbnails.jpg";
    public static final String PLAYABLE = "playable.mp4";

    public ClipMedia {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
    }

    /** The media type of the original: from the facts, or unknown until they are read. */
    public String contentType() {
        return facts == null ? "application/octet-stream" : facts.contentType();
    }
}
