package org.custodian.ingest.axis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.custodian.ingest.Upload;

/**
 * What ingest is told about an Axis clip: the camera from the container name, the officer from the user
 * link (or none, so the assignment history decides), the times from the object metadata, and the spec's
 * recording and clip metadata kept for the record.
 */
final class Uploads {

    static final String SOURCE = "axis";
    private static final List<String> RECORDING_KEYS = List.of("BWCSerialNumber", "SCUSerialNumber",
            "FirmwareVersion", "UserID", "TriggerOn", "TriggerOff", "TriggerOnTime", "TriggerOnTimeISO",
            "TriggerOnLocation", "TriggerOffTime", "TriggerOffTimeISO", "TriggerOffLocation", "BWCModel", "Status");
    private static final List<String> CLIP_KEYS = List.of("StartTime", "StartTimeISO", "StopTime", "StopTimeISO",
            "ContainerType");

    private Uploads() {
    }

    static Upload of(ContainerRow container, String object, Metadata clip, ClipTimes times, String officer,
            Map<String, String> notes) {
        Map<String, String> kept = new TreeMap<>(notes);
        kept.put("Axis-Container", container.name().value());
        kept.put("Axis-Object", object);
        copy(container.metadata(), RECORDING_KEYS, "Recording-", kept);
        copy(clip, CLIP_KEYS, "Clip-", kept);
        return new Upload(container.name().serial().toUpperCase(Locale.ROOT), officer, times.start(), times.stop(),
                SOURCE, container.name().value() + "/" + object, object, null, null, kept);
    }

    private static void copy(Metadata from, List<String> keys, String prefix, Map<String, String> to) {
        for (String key : keys) {
            String value = from.get(key);
            if (value != null) {
                to.put(prefix + key, value);
            }
        }
    }
}
