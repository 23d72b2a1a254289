package org.custodian.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.custodian.shared.InvalidValueException;
import org.custodian.shared.Sha256;

/**
 * What a source says about a clip it is about to send. Checked against the fleet and the clock by
 * {@link Ingest} before any byte of the body is read.
 *
 * @param cameraSerial      required; must be a registered camera
 * @param officerCollar     null: attributed to whoever held the camera at {@code startedAt}
 * @param startedAt         required, UTC, by the camera's clock
 * @param endedAt           null when unknown; otherwise after {@code startedAt}
 * @param source            {@code axis}, {@code tus}, {@code simulator}...
 * @param sourceReference   unique within the source, e.g. {@code <container>/<object>} or the tus upload id
 * @param fileName          the original name, for display only; never used as a path
 * @param deviceSha256      null, or the hash the device claims; a mismatch quarantines the clip
 * @param cameraClockOffset null, or the camera clock minus the server clock seen at docking
 * @param sourceMetadata    kept as sent, for the record (bounded)
 */
public record Upload(String cameraSerial, String officerCollar, Instant startedAt, Instant endedAt, String source,
        String sourceReference, String fileName, Sha256 deviceSha256, Duration cameraClockOffset,
        Map<String, String> sourceMetadata) {

    /** Metadata beyond this is refused rather than cut: what a source said is kept whole or not at all. */
    public static final int MAX_METADATA_ENTRIES = 64;
    public static final int MAX_METADATA_CHARS = 16_384;

    public Upload {
        source = Objects.requireNonNullElse(source, "unknown");
        sourceMetadata = sourceMetadata == null ? Map.of() : withoutNulls(sourceMetadata);
        int chars = sourceMetadata.entrySet().stream()
                .mapToInt(e -> e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length())).sum();
        if (sourceMetadata.size() > MAX_METADATA_ENTRIES || chars > MAX_METADATA_CHARS) {
            throw new InvalidValueException("Upload metadata is limited to " + MAX_METADATA_ENTRIES + " entries and "
                    + MAX_METADATA_CHARS + " characters");
        }
        requireShort(source, "Source", 32);
        requireShort(sourceReference, "Source reference", 1024);
        requireShort(fileName, "File name", 1024);
    }

    private static Map<String, String> withoutNulls(Map<String, String> metadata) {
        Map<String, String> kept = new TreeMap<>();
        metadata.forEach((key, value) -> {
            if (key != null) {
                kept.put(key, Objects.requireNonNullElse(value, ""));
            }
        });
        return Map.copyOf(kept);
    }

    private static void requireShort(String value, String what, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidValueException(what + " is limited to " + max + " characters");
        }
    }
}
