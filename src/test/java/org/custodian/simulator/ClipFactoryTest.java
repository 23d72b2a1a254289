package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipFactoryTest {

    private static final Instant NINE_AM = Instant.parse("2025-03-14T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void writesPlayableH264AacMp4OfTheRequestedLength() throws Exception {
        ClipFile clip = ClipFactory.hd().write(dir.resolve("a.mp4"),
                Footage.clean("B8A44F000001", NINE_AM, Duration.ofSeconds(3), 1));

        Probe probe = Probe.of(clip.file());
        assertThat(probe.format()).contains("mp4");
        assertThat(probe.videoCodec()).isEqualTo("h264");
        assertThat(probe.audioCodec()).isEqualTo("aac");
        assertThat(probe.width()).isEqualTo(1280);
        assertThat(probe.height()).isEqualTo(720);
        assertThat(probe.frameRate()).isEqualTo(30.0);
        assertThat(probe.videoFrames()).isEqualTo(90);
        assertThat(probe.videoSeconds()).isEqualTo(3.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(probe.audioSeconds()).isEqualTo(3.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(clip.sizeBytes()).isEqualTo(Files.size(clip.file()));
        assertThat(clip.length()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void sameFootageGivesTheSameBytesAndAnotherCameraDifferentOnes() throws Exception {
        ClipFactory small = new ClipFactory(320, 180, 30);
        Footage footage = Footage.clean("B8A44F000002", NINE_AM, Duration.ofSeconds(1), 7);

        Path first = small.write(dir.resolve("1.mp4"), footage).file();
        Path again = small.write(dir.resolve("2.mp4"), footage).file();
        Path other = small.write(dir.resolve("3.mp4"),
                Footage.clean("B8A44F000003", NINE_AM, Duration.ofSeconds(1), 7)).file();

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void noisyFootageIsAsHeavyAsARealCamera() throws Exception {
        ClipFile clip = ClipFactory.hd().write(dir.resolve("n.mp4"),
                new Footage("B8A44F000004", NINE_AM, Duration.ofSeconds(2), 3, Grain.NOISY));

        // A real 720p camera writes about 4 Mbit/s: half a megabyte a second.
        assertThat(clip.sizeBytes()).isBetween(700_000L, 2_000_000L);
        assertThat(Probe.of(clip.file()).videoFrames()).isEqualTo(60);
    }

    @Test
    void keyframesFallWhereTheSoundHasAWholeNumberOfAacFrames() {
        assertThat(ClipFactory.keyframeInterval(30)).isEqualTo(32);
        assertThat(ClipFactory.keyframeInterval(25)).isEqualTo(32);
        assertThat(ClipFactory.keyframeInterval(60)).isEqualTo(64);
    }

    @Test
    void refusesFrameSizesTheEncoderCannotTake() {
        assertThatThrownBy(() -> new ClipFactory(1281, 720, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClipFactory(1280, 720, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
