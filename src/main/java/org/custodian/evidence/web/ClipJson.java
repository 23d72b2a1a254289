package org.custodian.evidence.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipBookmark;
import org.custodian.evidence.ClipMetadata;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A clip as the API shows it: identifiers as plain strings, instants in ISO-8601 UTC, the SHA-256 in hex, and
 * what the catalogue says of it. {@code officer} is null when nobody held the camera; {@code category} while
 * nobody has categorised it. {@code bookmarks} and {@code incidents} only when one clip is read;
 * {@code quarantineReview} once someone has released a quarantined clip or confirmed it corrupt. {@code sections}
 * are what other capabilities add to one clip (e.g. {@code retention}), shown as fields.
 */
record ClipJson(String id, String sha256, long sizeBytes, String camera, String officer, String unit,
        Instant startedAt, Instant endedAt, String status, String deviceSha256, Long clockOffsetMillis, String source,
        String fileName, Instant receivedAt, String category, String title, String cadIncident, String crimeReference,
        String custodyNumber, String notes, @JsonInclude(JsonInclude.Include.NON_NULL) List<BookmarkJson> bookmarks,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> incidents, Review quarantineReview,
        @JsonAnyGetter Map<String, Object> sections) {

    record Review(String decision, String reviewedBy, Instant reviewedAt, String reason) {
    }

    static ClipJson of(CataloguedClip catalogued) {
        return of(catalogued, null, null, Map.of());
    }

    /** One clip read whole: its bookmarks, incidents and what other capabilities say of it ({@code sections}). */
    static ClipJson of(CataloguedClip catalogued, List<ClipBookmark> bookmarks, List<String> incidents,
            Map<String, Object> sections) {
        Clip c = catalogued.clip();
        ClipMetadata m = catalogued.metadata();
        var r = c.recording();
        return new ClipJson(c.id().toString(), c.sha256().hex(), c.sizeBytes(), r.camera().value(),
                r.officer() == null ? null : r.officer().value(),
                catalogued.unit() == null ? null : catalogued.unit().value(), r.startedAt(), r.endedAt(),
                c.status().name(), c.deviceSha256() == null ? null : c.deviceSha256().hex(),
                r.clockOffset() == null ? null : r.clockOffset().toMillis(), c.provenance().source(),
                c.provenance().fileName(), c.receivedAt(), m.category(), m.title(), text(m.cadIncident()),
                text(m.crimeReference()), text(m.custodyNumber()), m.notes(),
                bookmarks == null ? null : bookmarks.stream().map(BookmarkJson::of).toList(), incidents,
                c.review() == null ? null : new Review(c.review().decision().name(), c.review().reviewedBy(),
                        c.review().reviewedAt(), c.review().reason()), sections);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A bookmark: {@code origin} CAMERA (as the camera made it; cannot be changed) or PERSON. */
    record BookmarkJson(long id, Instant at, Instant endAt, String text, String category, String origin,
            String addedBy) {

        static BookmarkJson of(ClipBookmark b) {
            return new BookmarkJson(b.id(), b.bookmark().at(), b.bookmark().endAt(), b.bookmark().text(),
                    b.bookmark().category(), b.origin().name(), b.addedBy());
        }
    }
}
