package org.custodian.evidence;

import java.time.Instant;

import org.custodian.shared.InvalidValueException;

/** A moment (or span) of a clip marked by the officer or the camera, with optional text and category. */
public record Bookmark(Instant at, Instant endAt, String text, String category, String tags) {

    public Bookmark {
        if (at == null) {
            throw new InvalidValueException("A bookmark needs a time");
        }
        if (endAt != null && endAt.isBefore(at)) {
            throw new InvalidValueException("A bookmark cannot end before it starts");
        }
        if (text != null && text.length() > 4000) {
            throw new InvalidValueException("Bookmark text is limited to 4000 characters");
        }
    }
}
