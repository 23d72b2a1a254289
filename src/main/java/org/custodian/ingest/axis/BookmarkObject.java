package org.custodian.ingest.axis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.custodian.evidence.Bookmark;

/**
 * A bookmark object: free text in UTF-8 as content, with {@code CategoryID}, {@code CategoryName},
 * {@code Tags}, {@code StartTime} and {@code EndTime} (RFC 3339) as metadata. Without a start time the spec
 * places the bookmark at the beginning of the recording.
 */
final class BookmarkObject {

    static final int MAX_BYTES = 16 * 1024;

    private BookmarkObject() {
    }

    static Bookmark parse(byte[] content, Metadata metadata, Instant recordingStart) {
        Instant start = ClipTimes.time(metadata, "StartTime");
        Instant at = start == null ? recordingStart : start;
        String text = new String(content, StandardCharsets.UTF_8).strip();
        String category = metadata.get("CategoryName") != null ? metadata.get("CategoryName")
                : metadata.get("CategoryID");
        return new Bookmark(at, ClipTimes.time(metadata, "EndTime"),
                text.isEmpty() ? null : text, category, metadata.get("Tags"));
    }
}
