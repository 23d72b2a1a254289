package org.custodian.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import org.custodian.shared.Sha256;

/** Uploads and bodies for ingest tests. */
final class Uploads {

    static final Instant STARTED = Instant.parse("2026-11-20T09:00:00Z");

    private Uploads() {
    }

    static Upload of(String camera, String officer) {
        return new Upload(camera, officer, STARTED, STARTED.plusSeconds(90), "test", "ref-" + camera, "clip.mp4", null,
                null, Map.of("dock", "D1"));
    }

    static Upload at(String camera, Instant startedAt, Instant endedAt) {
        return new Upload(camera, null, startedAt, endedAt, "test", null, "clip.mp4", null, null, Map.of());
    }

    static Upload claiming(String camera, Sha256 deviceHash) {
        return new Upload(camera, null, STARTED, STARTED.plusSeconds(90), "test", null, "clip.mp4", deviceHash, null,
                Map.of());
    }

    static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }

    static InputStream body(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A body that must not be read: the upload should be refused from its facts alone. */
    static InputStream unreadable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read although the upload should have been refused first");
            }
        };
    }
}
