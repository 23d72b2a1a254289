package org.custodian.evidence.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MediaFactsTest {

    @Test
    void h264WithAacOrNoSoundInMp4PlaysInBrowsers() {
        assertThat(facts("mp4", "h264", "aac").playsInBrowsers()).isTrue();
        assertThat(facts("mp4", "h264", null).playsInBrowsers()).isTrue();
    }

    @Test
    void otherCodecsOrContainersNeedARendition() {
        assertThat(facts("mp4", "hevc", "aac").playsInBrowsers()).isFalse();
        assertThat(facts("mp4", "h264", "pcm_s16le").playsInBrowsers()).isFalse();
        assertThat(facts("matroska", "h264", "aac").playsInBrowsers()).isFalse();
        assertThat(facts("mov", "h264", "aac").playsInBrowsers()).isFalse();
        assertThat(facts("avi", "mjpeg", null).playsInBrowsers()).isFalse();
    }

    @Test
    void theMediaTypeFollowsTheContainer() {
        assertThat(facts("mp4", "h264", "aac").contentType()).isEqualTo("video/mp4");
        assertThat(facts("mp4", null, "aac").contentType()).isEqualTo("audio/mp4");
        assertThat(facts("mov", "h264", "aac").contentType()).isEqualTo("video/quicktime");
        assertThat(facts("matroska", "mjpeg", null).contentType()).isEqualTo("video/x-matroska");
        assertThat(facts("avi", "mjpeg", null).contentType()).isEqualTo("video/x-msvideo");
        assertThat(facts("flv", "flv1", null).contentType()).isEqualTo("application/octet-stream");
    }

    private static MediaFacts facts(String container, String video, String audio) {
        return new MediaFacts(Duration.ofSeconds(6), container, video, video == null ? null : 1280,
                video == null ? null : 720, video == null ? null : 30.0, audio, audio == null ? null : 1,
                audio == null ? null : 48_000);
    }
}
