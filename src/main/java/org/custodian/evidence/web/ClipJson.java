package org.custodian.evidence.web;

import java.time.Instant;

import org.custodian.evidence.Clip;

/**
 * A clip as the API shows it: identifiers as plain strings, instants in ISO-8601 UTC, the SHA-256 in hex.
 * {@code officer} is null when nobody held the camera; {@code deviceSha256} when the device claimed none;
 * {@code quarantineReview} until someone has released a quarantined clip or confirmed it corrupt.
 */
record ClipJson(String id, String sha256, long sizeBytes, String camera, String officer, Instant startedAt,
        Instant endedAt, String status, String deviceSha256, Long clockOffsetMillis, String source, String fileName,
        Instant receivedAt, Review quarantineReview) {

    record Review(String decision, String reviewedBy, Instant reviewedAt, String reason) {
    }

    static ClipJson of(Clip c) {
        var r = c.recording();
        return new ClipJson(c.id().toString(), c.sha256().hex(), c.sizeBytes(), r.camera().value(),
                r.officer() == null ? null : r.officer().value(), r.startedAt(), r.endedAt(), c.status().name(),
                c.deviceSha256() == null ? null : c.deviceSha256().hex(),
                r.clockOffset() == null ? null : r.clockOffset().toMillis(), c.provenance().source(),
                c.provenance().fileName(), c.receivedAt(), c.review() == null ? null : new Review(
                        c.review().decision().name(), c.review().reviewedBy(), c.review().reviewedAt(),
                        c.review().reason()));
    }
}
