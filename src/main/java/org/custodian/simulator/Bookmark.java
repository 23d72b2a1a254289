package org.custodian.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A note the officer or the camera attached to a recording: a moment or span, free text, a category and
 * semicolon-separated key:value tags (e.g. {@code TriggerOn:Button}); empty text makes a plain marker.
 */
public record Bookmark(Instant at, Instant endAt, String text, String categoryId, String categoryName,
        String tags) {

    public Bookmark {
        Objects.requireNonNull(at, "at");
        if (endAt != null && endAt.isBefore(at)) {
            throw new IllegalArgumentException("A bookmark cannot end before it starts");
        }
        text = text == null ? "" : text;
    }

    public static Bookmark marker(Instant at) {
        return new Bookmark(at, null, "", null, null, null);
    }
}
