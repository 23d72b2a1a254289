package org.custodian.evidence;

import org.custodian.shared.RuleViolationException;

/**
 * A bookmark as held: the camera's (kept as the camera sent it) or one a person added. {@code addedBy} is the
 * username of the person, null for the camera's.
 */
public record ClipBookmark(long id, Bookmark bookmark, Origin origin, String addedBy) {

    public enum Origin { CAMERA, PERSON }

    /** The camera's bookmarks are part of what it recorded: people add their own rather than rewrite them. */
    public void requireChangeable() {
        if (origin == Origin.CAMERA) {
            throw new RuleViolationException("Bookmark " + id + " was made by the camera and is kept as it was made; "
                    + "add a bookmark of your own instead");
        }
    }
}
