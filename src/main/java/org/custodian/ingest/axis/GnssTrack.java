package org.custodian.ingest.axis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custodian.evidence.TrackPoint;
import org.custodian.shared.InvalidValueException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recording's GNSS track object: {@code CoordinateEntries} of {@code LocationWKT} ({@code POINT(lon lat)},
 * WKT's x-then-y order), {@code SecondsFromStart} and {@code Timestamp}. An entry's time is its
 * {@code Timestamp}, or the recording's start plus {@code SecondsFromStart} when the timestamp is missing.
 * Entries without a position ({@code POINT EMPTY}) carry nothing to keep and are skipped.
 */
final class GnssTrack {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NUMBER = "([-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)";
    private static final Pattern POINT = Pattern.compile("\\s*POINT\\s*\\(\\s*" + NUMBER + "[\\s,]+" + NUMBER
            + "\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

    private GnssTrack() {
    }

    static List<TrackPoint> parse(byte[] json, Instant recordingStart) {
        JsonNode entries;
        try {
            entries = JSON.readTree(json).get("CoordinateEntries");
        } catch (JacksonException e) {
            throw new InvalidValueException("The GNSS track is not JSON");
        }
        if (entries == null || !entries.isArray()) {
            throw new InvalidValueException("The GNSS track has no CoordinateEntries array");
        }
        List<TrackPoint> points = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode wkt = entry.get("LocationWKT");
            if (wkt == null || !wkt.isString() || wkt.asString().toUpperCase().contains("EMPTY")) {
                continue;
            }
            Matcher m = POINT.matcher(wkt.asString());
            if (!m.matches()) {
                throw new InvalidValueException("GNSS LocationWKT " + Names.quote(wkt.asString())
                        + " is not POINT(longitude latitude)");
            }
            points.add(new TrackPoint(timeOf(entry, recordingStart), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(1))));
        }
        return points;
    }

    private static Instant timeOf(JsonNode entry, Instant recordingStart) {
        JsonNode timestamp = entry.get("Timestamp");
        if (timestamp != null && timestamp.isString() && !timestamp.asString().isBlank()) {
            return ClipTimes.iso(timestamp.asString(), "GNSS Timestamp");
        }
        JsonNode seconds = entry.get("SecondsFromStart");
        if (seconds == null || !seconds.isNumber() || recordingStart == null) {
            throw new InvalidValueException("A GNSS entry has neither a Timestamp nor SecondsFromStart");
        }
        return recordingStart.plusNanos(Math.round(seconds.asDouble() * 1_000_000_000d));
    }
}
