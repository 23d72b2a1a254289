package org.custodian.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A clip as a camera holds it before docking: an MP4 file and the span of time it covers. */
public record ClipFile(Path file, long sizeBytes, Instant startedAt, Instant stoppedAt) {

    public ClipFile {
        Objects.requireNonNull(file, "file");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A clip cannot have a negative size");
        }
        if (!stoppedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("A clip must stop after it starts: " + startedAt + " .. " + stoppedAt);
        }
    }

    public Duration length() {
        return Duration.between(startedAt, stoppedAt);
    }
}
