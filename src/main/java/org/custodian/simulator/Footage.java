package org.custodian.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a test clip shows: the camera serial and wall-clock time burnt into every frame, the clip's length,
 * and a seed from which everything else (motion, noise, tone) follows, so the same footage gives the same bytes.
 */
public record Footage(String cameraSerial, Instant startedAt, Duration length, long seed, Grain grain) {

    // A whole shift in one clip, as the 4 GiB upload of the ingest benchmark needs.
    static final Duration LONGEST = Duration.ofHours(10);

    public Footage {
        Objects.requireNonNull(cameraSerial, "cameraSerial");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(grain, "grain");
        if (length == null || length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A clip lasts more than zero and at most " + LONGEST + ", not "
                    + length);
        }
    }

    public static Footage clean(String cameraSerial, Instant startedAt, Duration length, long seed) {
        return new Footage(cameraSerial, startedAt, length, seed, Grain.CLEAN);
    }

    public Instant stoppedAt() {
        return startedAt.plus(length);
    }
}
