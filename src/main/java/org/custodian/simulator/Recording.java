package org.custodian.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recording as a camera hands it to its dock: who wore which camera, why and when it started and
 * stopped, its clips in order, and optionally the GNSS track and bookmarks. The dock (SCU) serial says
 * where it was docked.
 */
public record Recording(Officer officer, Camera camera, String dockSerial, int recordingId, Instant triggerOn,
        Instant triggerOff, List<ClipFile> clips, GnssTrack track, List<Bookmark> bookmarks) {

    public Recording {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(dockSerial, "dockSerial");
        Objects.requireNonNull(triggerOn, "triggerOn");
        Objects.requireNonNull(triggerOff, "triggerOff");
        clips = List.copyOf(clips);
        bookmarks = bookmarks == null ? List.of() : List.copyOf(bookmarks);
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("A recording has at least one clip");
        }
        if (triggerOff.isBefore(triggerOn)) {
            throw new IllegalArgumentException("A recording cannot stop before it starts");
        }
        if (recordingId < 0 || recordingId > 99_999) {
            throw new IllegalArgumentException("A recording ID is a short number, not " + recordingId);
        }
    }

    /** The Axis container name: {@code <UserID>_<BWCSerialNumber>_<TriggerOnTime>}, time in epoch seconds. */
    public String containerName() {
        return officer.userId() + "_" + camera.serial() + "_" + triggerOn.getEpochSecond();
    }

    /** When the first clip starts: the origin of the GNSS track's SecondsFromStart. */
    public Instant startedAt() {
        return clips.get(0).startedAt();
    }
}
