package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkFootageTest {

    private static final Instant NOON = Instant.parse("2025-03-14T12:00:00Z");

    @TempDir
    static Path dir;

    private static BulkFootage bulk;

    @BeforeAll
    static void prepare() {
        bulk = BulkFootage.prepare(dir, 11);
    }

    @AfterAll
    static void close() throws Exception {
        bulk.close();
    }

    @Test
    void writesAPlayableClipOfAtLeastTheRequestedSizeAtACameraBitrate() throws Exception {
        ClipFile clip = bulk.write(dir.resolve("big.mp4"), 12_000_000, "B8A44F000010", NOON, 1);

        assertThat(clip.sizeBytes()).isBetween(12_000_000L, 13_500_000L).isEqualTo(Files.size(clip.file()));
        Probe probe = Probe.of(clip.file());
        assertThat(probe.videoCodec()).isEqualTo("h264");
        assertThat(probe.audioCodec()).isEqualTo("aac");
        // Every picture decodes, sound and picture last as long as each other and as the clip says.
        double seconds = clip.length().toMillis() / 1000.0;
        assertThat(probe.videoFrames()).isEqualTo((int) Math.round(seconds * 30));
        assertThat(probe.videoSeconds()).isEqualTo(seconds, offset(0.05));
        assertThat(probe.audioSeconds()).isEqualTo(seconds, offset(0.1));
        // About 4 Mbit/s, like a real body-worn camera.
        assertThat(clip.sizeBytes() * 8 / seconds).isBetween(3.0e6, 6.0e6);
    }

    @Test
    void differentSeedsGiveDifferentBytes() throws Exception {
        byte[] one = Files.readAllBytes(bulk.write(dir.resolve("s1.mp4"), 3_000_000, "B8A44F000011", NOON, 1).file());
        byte[] two = Files.readAllBytes(bulk.write(dir.resolve("s2.mp4"), 3_000_000, "B8A44F000011", NOON, 2).file());

        assertThat(one).isNotEqualTo(two);
    }
}
