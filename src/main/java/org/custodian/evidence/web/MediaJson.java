package org.custodian.evidence.web;

import org.custodian.evidence.media.ClipMedia;
import org.custodian.evidence.media.MediaFacts;

/** The facts as the API shows them; duration in milliseconds, nulls for what the clip lacks. */
record MediaJson(String state, String failure, Long durationMillis, String container, String contentType,
        String videoCodec, Integer width, Integer height, Double frameRate, String audioCodec,
        Integer audioChannels, Integer audioSampleRate, boolean playsInBrowsers, boolean poster,
        boolean thumbnails, boolean playableRendition) {

    static MediaJson of(ClipMedia m) {
        MediaFacts f = m.facts();
        return new MediaJson(m.state().name(), m.failure(),
                f == null || f.duration() == null ? null : f.duration().toMillis(), f == null ? null : f.container(),
                m.contentType(), f == null ? null : f.videoCodec(), f == null ? null : f.width(),
                f == null ? null : f.height(), f == null ? null : f.frameRate(), f == null ? null : f.audioCodec(),
                f == null ? null : f.audioChannels(), f == null ? null : f.audioSampleRate(),
                f != null && f.playsInBrowsers(), m.posterBytes() != null, m.thumbnailsBytes() != null,
                m.playableBytes() != null);
    }
}
