package org.custodian.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a camera was during a recording, as the Axis GNSS track object carries it:
 * {@code {"CoordinateEntries":[{"LocationWKT":"POINT(lon lat)","SecondsFromStart":64.0,"Timestamp":"..."}]}}.
 */
public record GnssTrack(List<Fix> fixes) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // The spec's example writes POINT(x y); its prose says Point(x, y). Both are read.
    private static final Pattern POINT =
            Pattern.compile("\\s*POINT\\s*\\(\\s*(\\S+?)\\s*,?\\s+(\\S+?)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

    public GnssTrack {
        fixes = List.copyOf(fixes);
        if (fixes.isEmpty()) {
            throw new IllegalArgumentException("A track needs at least one fix");
        }
    }

    /** The track as the Axis JSON object; SecondsFromStart counts from the recording's first clip. */
    public String toAxisJson(Instant recordingStart) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entries = root.putArray("CoordinateEntries");
        for (Fix fix : fixes) {
            entries.addObject()
                    .put("LocationWKT", String.format(Locale.ROOT, "POINT(%.6f %.6f)", fix.longitude(), fix.latitude()))
                    .put("SecondsFromStart", Duration.between(recordingStart, fix.at()).toMillis() / 1000.0)
                    .put("Timestamp", fix.at().toString());
        }
        return JSON.writeValueAsString(root);
    }

    /** Reads an Axis track; an entry without a Timestamp is placed by its SecondsFromStart. */
    public static GnssTrack fromAxisJson(String json, Instant recordingStart) {
        List<Fix> fixes = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(json).path("CoordinateEntries")) {
            Matcher point = POINT.matcher(entry.path("LocationWKT").asString(""));
            if (!point.matches()) {
                throw new IllegalArgumentException("Not a WKT point: " + entry.path("LocationWKT"));
            }
            Instant at = entry.hasNonNull("Timestamp") ? Instant.parse(entry.get("Timestamp").asString())
                    : recordingStart.plusMillis(Math.round(entry.path("SecondsFromStart").asDouble() * 1000));
            fixes.add(new Fix(at, Double.parseDouble(point.group(2)), Double.parseDouble(point.group(1))));
        }
        return new GnssTrack(fixes);
    }

    public Fix first() {
        return fixes.get(0);
    }

    public Fix last() {
        return fixes.get(fixes.size() - 1);
    }
}
