package org.custodian.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import org.custodian.ingest.Ingest;
import org.custodian.ingest.Received;
import org.custodian.ingest.Upload;
import org.custodian.shared.Sha256;

/** Clips of random bytes, two minutes long, taken in straight through ingest: for tests of what follows. */
public final class RandomClips {

    private RandomClips() {
    }

    /** A clip of {@code camera} and {@code officer}; quarantined when {@code claimed} is given. */
    public static Received receive(Ingest ingest, String camera, String officer, Instant startedAt, Sha256 claimed)
            throws IOException {
        byte[] bytes = new byte[4000];
        new Random().nextBytes(bytes);
        return ingest.receive(new Upload(camera, officer, startedAt, startedAt.plusSeconds(120), "test", null,
                "clip.mp4", claimed, null, Map.of()), new ByteArrayInputStream(bytes), bytes.length);
    }
}
