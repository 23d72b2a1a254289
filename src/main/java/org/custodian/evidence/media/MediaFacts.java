package org.custodian.evidence.media;

import java.time.Duration;
import java.util.Locale;

/**
 * What a recording is, as FFmpeg reads it: a null codec means the clip has no such stream. Codec names
 * are FFmpeg's ({@code h264}, {@code aac}, {@code mjpeg}); the container is {@code mp4}, {@code mov},
 * {@code matroska} or FFmpeg's demuxer name for anything else.
 */
public record MediaFacts(Duration duration, String container, String videoCodec, Integer width, Integer height,
        Double frameRate, String audioCodec, Integer audioChannels, Integer audioSampleRate) {

    /** H.264 video with AAC sound (or none) in MP4 plays in every current browser; anything else may not. */
    public boolean playsInBrowsers() {
        return "mp4".equals(container) && "h264".equals(videoCodec) && (audioCodec == null || "aac".equals(audioCodec));
    }

    public boolean hasVideo() {
        return videoCodec != null;
    }

    /** The media type to serve the original as. */
    public String contentType() {
        return switch (container == null ? "" : container.toLowerCase(Locale.ROOT)) {
            case "mp4" -> hasVideo() ? "video/mp4" : "audio/mp4";
            case "mov" -> "video/quicktime";
            case "matroska" -> "video/x-matroska";
            case "webm" -> "video/webm";
            case "avi" -> "video/x-msvideo";
            case "mpegts" -> "video/mp2t";
            default -> "application/octet-stream";
        };
    }
}
