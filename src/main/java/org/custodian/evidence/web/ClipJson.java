package org.custodian.evidence.web;

import java.time.Instant;
import java.util.Map;

import org.custodian.evidence.Clip;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

/**
 * A clip as the API shows it: identifiers as plain strings, instants in ISO-8601 UTC, the SHA-256 in hex.
 * {@code officer} is null when nobody held the camera; {@code deviceSha256} when the device claimed none.
 * {@code sections} are what other capabilities add to one clip (e.g. {@code retention}), shown as fields.
 */
record ClipJson(String id, String sha256, long sizeBytes, String camera, String officer, Instant startedAt,
        Instant endedAt, String status, String deviceSha256, Long clockOffsetMillis, String source, String fileName,
        Instant receivedAt, @JsonAnyGetter Map<String, Object> sections) {

    static ClipJson of(Clip c) {
        return of(c, Map.of());
    }

    static ClipJson of(Clip c, Map<String, Object> sections) {
        var r = c.recording();
        return new ClipJson(c.id().toString(), c.sha256().hex(), c.sizeBytes(), r.camera().value(),
                r.officer() == null ? null : r.officer().value(), r.startedAt(), r.endedAt(), c.status().name(),
                c.deviceSha256() == null ? null : c.deviceSha256().hex(),
                r.clockOffset() == null ? null : r.clockOffset().toMillis(), c.provenance().source(),
                c.provenance().fileName(), c.receivedAt(), sections);
    }
}
