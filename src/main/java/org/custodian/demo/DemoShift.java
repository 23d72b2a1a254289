package org.custodian.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.custodian.simulator.AxisClient;
import org.custodian.simulator.Borough;
import org.custodian.simulator.Camera;
import org.custodian.simulator.ClipFactory;
import org.custodian.simulator.ClipFile;
import org.custodian.simulator.Footage;
import org.custodian.simulator.Officer;
import org.custodian.simulator.Patrol;
import org.custodian.simulator.Recording;

/**
 * The demo's footage: officers of the showcase unit (Westminster, CW) film two short clips each on a patrol
 * that ended an hour ago, and their cameras dock them through the Axis API as a real body worn system would.
 * The clips are real 720p H.264/AAC with the camera serial and time burnt in, each with its GNSS track.
 */
final class DemoShift {

    /** Who films: the officer and supervisor users' own collar numbers, and a colleague, with their issued cameras. */
    static final List<String> COLLARS = List.of(DemoFleet.OFFICER_COLLAR, DemoFleet.SUPERVISOR_COLLAR, "PCCW102");
    static final int CLIPS_EACH = 2;
    static final Duration CLIP_LENGTH = Duration.ofSeconds(6);
    private static final String MODEL = "AXIS W110";

    private DemoShift() {
    }

    /** The camera DemoFleet issued to the officer at {@code index} of {@link #COLLARS}. */
    static String cameraOf(int index) {
        return "AXW110-" + DemoFleet.OFFICER_UNIT + "-" + (100 + index);
    }

    /** Films and docks the recordings of the officers at these indexes of {@link #COLLARS}; returns clips docked. */
    static int dock(AxisClient client, List<Integer> officers, Path work, Instant now) {
        Instant shiftStart = now.minus(Duration.ofHours(9)).truncatedTo(ChronoUnit.MINUTES);
        ClipFactory camera = ClipFactory.hd();
        int docked = 0;
        for (int index : officers) {
            Officer officer = new Officer(userId(COLLARS.get(index)), "Officer " + COLLARS.get(index), COLLARS.get(index));
            Camera worn = new Camera(cameraOf(index), "Camera " + (100 + index) + " Westminster", MODEL, "11.2.68");
            client.registerUser(officer);
            client.registerDevice(worn);
            for (int clip = 0; clip < CLIPS_EACH; clip++) {
                Instant start = shiftStart.plus(Duration.ofHours(3L * clip + 1)).plus(Duration.ofMinutes(17L * index));
                client.upload(recording(officer, worn, camera, work, start, index * 10 + clip));
                docked++;
            }
        }
        return docked;
    }

    private static Recording recording(Officer officer, Camera worn, ClipFactory camera, Path work, Instant start,
            int seed) {
        ClipFile file = camera.write(work.resolve(worn.serial() + "-" + seed + ".mp4"),
                Footage.clean(worn.serial(), start, CLIP_LENGTH, seed));
        return new Recording(officer, worn, "SCU-CW-01", 2000 + seed, start, file.stoppedAt(), List.of(file),
                Patrol.through(Borough.WESTMINSTER, start, file.length(), Patrol.Pace.ON_FOOT, seed), List.of());
    }

    // The body worn system's own id for a user; derived, so a restart registers the same user again, not another.
    private static UUID userId(String collar) {
        return UUID.nameUUIDFromBytes(("custodian-demo:" + collar).getBytes(StandardCharsets.UTF_8));
    }
}
