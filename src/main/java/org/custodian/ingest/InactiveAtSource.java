package org.custodian.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A user or device that a source (an Axis body worn system) has marked inactive. Their footage is still taken
 * — evidence is never turned away for a flag in another system — but whoever runs the docks should see it.
 *
 * @param kind            {@code user} or {@code device}
 * @param id              the source's name for it: an Axis user UUID, a camera serial
 * @param name            the source's nice name, if any
 * @param fleetRecord     the officer (collar number) or camera (serial) it is in the fleet; null when not linked
 * @param recordingsSince recordings that arrived from it since it was marked inactive
 * @param lastRecordingAt when the last of those arrived; null when none did
 */
public record InactiveAtSource(String source, String kind, String id, String name, String fleetRecord,
        Instant inactiveSince, long recordingsSince, Instant lastRecordingAt) {

    public InactiveAtSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inactiveSince, "inactiveSince");
    }

    public boolean isDevice() {
        return "device".equals(kind);
    }
}
