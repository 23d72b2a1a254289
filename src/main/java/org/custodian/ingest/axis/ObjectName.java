package org.custodian.ingest.axis;

import java.util.Locale;
import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/**
 * The objects of a recording container, told apart by name as the spec lays them out: clips
 * {@code <StartTime>_<RecordingID>.<mp4|mkv>}, key objects {@code ....key}, the GNSS track
 * {@code ..._gpstrail.json} and bookmarks {@code bookmark_<Timestamp>_<ID>}.
 */
record ObjectName(String value, Kind kind) {

    /** The first four live in recording containers; the others are the System, Users and Devices objects. */
    enum Kind { CLIP, KEY, TRACK, BOOKMARK, SYSTEM, USER, DEVICE }

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:.+_-]{0,199}");

    /** System, user and device objects are named by ids: UUIDs and serial numbers. */
    static ObjectName of(String name, Kind kind) {
        return new ObjectName(requireSafe(name), kind);
    }

    static ObjectName inRecording(String name) {
        requireSafe(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".key")) {
            return new ObjectName(name, Kind.KEY);
        }
        if (lower.endsWith("_gpstrail.json")) {
            return new ObjectName(name, Kind.TRACK);
        }
        if (lower.endsWith(".mp4") || lower.endsWith(".mkv")) {
            return new ObjectName(name, Kind.CLIP);
        }
        if (lower.startsWith("bookmark_")) {
            return new ObjectName(name, Kind.BOOKMARK);
        }
        throw new InvalidValueException("Object " + Names.quote(name) + " is not a clip (.mp4 or .mkv), key, "
                + "GNSS track or bookmark object");
    }

    private static String requireSafe(String name) {
        if (!SAFE.matcher(name).matches()) {
            throw new InvalidValueException("Object name " + Names.quote(name) + " is refused: Axis objects "
                    + "are named with letters, digits and : . + _ - only");
        }
        return name;
    }

    /**
     * Whether this key object belongs to {@code content}. The spec names it after the clip without its
     * extension ({@code <StartTime>_<RecordingID>.key}); Axis's own decrypt script looks for the whole name
     * plus {@code .key}. Both are accepted.
     */
    boolean isKeyFor(String content) {
        String base = value.substring(0, value.length() - ".key".length());
        int dot = content.lastIndexOf('.');
        return base.equals(content) || (dot > 0 && base.equals(content.substring(0, dot)));
    }
}
