package org.custodian.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A clip as a camera holds it before docking: an MP4 file, the span of time it covers, and, once worked
 * out, its MD5 (the ETag it is sent with), so a benchmark can hash before it starts the clock.
 */
public record ClipFile(Path file, long sizeBytes, Instant startedAt, Instant stoppedAt, String md5) {

    public ClipFile {
        Objects.requireNonNull(file, "file");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A clip cannot have a negative size");
        }
        if (!stoppedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("A clip must stop after it starts: " + startedAt + " .. " + stoppedAt);
        }
    }

    public ClipFile(Path file, long sizeBytes, Instant startedAt, Instant stoppedAt) {
        this(file, sizeBytes, startedAt, stoppedAt, null);
    }

    public Duration length() {
        return Duration.between(startedAt, stoppedAt);
    }

    /** This clip with its MD5 read from the file now. */
    public ClipFile withMd5() {
        ObjectBody body = ObjectBody.of(file);
        return new ClipFile(file, body.length(), startedAt, stoppedAt, body.md5());
    }

    ObjectBody body() {
        return md5 == null ? ObjectBody.of(file) : new ObjectBody(file, null, sizeBytes, md5);
    }
}
