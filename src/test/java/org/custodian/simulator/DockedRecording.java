package org.custodian.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One officer's recording of two real clips, a GNSS track and two bookmarks, as the client tests dock it. */
record DockedRecording(ClipFile first, ClipFile second) {

    static final Instant TRIGGER = Instant.parse("2025-03-14T22:15:00Z");
    static final Officer OFFICER = new Officer(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
            "PC Amira Khan", "4521CW");
    static final Camera CAMERA = new Camera("B8A44F3A0001", "Camera 17, Charing Cross", "W110", "11.9.60");
    static final String GNSS_TRACK = "20250314_221502_4711_B8A44F3A0001_gpstrail";

    static DockedRecording film(Path dir) {
        ClipFactory factory = new ClipFactory(640, 360, 30);
        ClipFile first = factory.write(dir.resolve("first.mp4"),
                Footage.clean(CAMERA.serial(), TRIGGER.plusSeconds(2), Duration.ofSeconds(2), 1));
        // Noisy, so over a megabyte: big bodies go with "Expect: 100-continue".
        ClipFile second = factory.write(dir.resolve("second.mp4"),
                new Footage(CAMERA.serial(), first.stoppedAt(), Duration.ofSeconds(3), 2, Grain.NOISY));
        return new DockedRecording(first, second);
    }

    Recording recording() {
        GnssTrack track = Patrol.through(Borough.WESTMINSTER, first.startedAt(), Duration.ofSeconds(5),
                Patrol.Pace.ON_FOOT, 3);
        return new Recording(OFFICER, CAMERA, "SCU-00017", 4711, TRIGGER, second.stoppedAt(), List.of(first, second),
                track, List.of(new Bookmark(TRIGGER.plusSeconds(3), TRIGGER.plusSeconds(5), "Suspect ran; café",
                        "7", "Stop and search", "TriggerOn:Button;Reason:S1 PACE"),
                        Bookmark.marker(TRIGGER.plusSeconds(6))));
    }

    String container() {
        return recording().containerName();
    }

    String clipName(ClipFile clip) {
        return container() + "/" + clip.startedAt().getEpochSecond() + "_4711.mp4";
    }

    static void register(AxisClient client) {
        client.registerUser(OFFICER);
        client.registerDevice(CAMERA);
    }
}
