package org.custodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntToLongFunction;
import java.util.stream.Collectors;

import org.custodian.simulator.AxisClient;
import org.custodian.simulator.Borough;
import org.custodian.simulator.BulkFootage;
import org.custodian.simulator.Camera;
import org.custodian.simulator.ClipFile;
import org.custodian.simulator.Officer;
import org.custodian.simulator.Patrol;
import org.custodian.simulator.Recording;
import org.custodian.support.Api;

/**
 * Officers of one unit, each with a camera and a few recordings of one camera-sized clip each, filmed before
 * the server starts, so the bytes sent before and after a crash are the same bytes.
 */
final class DockingShift {

    record Beat(Officer officer, Camera camera, List<Recording> recordings) {
    }

    private final String unit;
    private final List<Beat> beats;
    private final Map<String, String> sha256ByContainer = new LinkedHashMap<>();

    private DockingShift(String unit, List<Beat> beats) throws Exception {
        this.unit = unit;
        this.beats = List.copyOf(beats);
        for (Beat beat : beats) {
            for (Recording recording : beat.recordings()) {
                sha256ByContainer.put(recording.containerName(), sha256(recording.clips().get(0).file()));
            }
        }
    }

    /** Officer {@code i}'s clips are at least {@code clipBytes(i)} long, so the docks finish at different times. */
    static DockingShift film(Path work, int officers, int recordingsEach, IntToLongFunction clipBytes) throws Exception {
        String unit = ("K" + UUID.randomUUID().toString().replace("-", "").substring(0, 7)).toUpperCase(Locale.ROOT);
        Instant shiftStart = Instant.now().minus(8, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        List<Beat> beats = new ArrayList<>();
        try (BulkFootage bulk = BulkFootage.prepare(work, 4821)) {
            for (int i = 0; i < officers; i++) {
                Officer officer = new Officer(UUID.randomUUID(), "PC Kill Test " + i, unit + "PC" + i);
                Camera camera = new Camera(unit + "-CAM-" + i, "Camera " + i, "W110", "11.9.60");
                List<Recording> recordings = new ArrayList<>();
                for (int r = 0; r < recordingsEach; r++) {
                    Instant start = shiftStart.plus(r, ChronoUnit.HOURS).plus(i * 7L, ChronoUnit.MINUTES);
                    ClipFile clip = bulk.write(work.resolve(camera.serial() + "-" + r + ".mp4"), clipBytes.applyAsLong(i),
                            camera.serial(), start, i * 100L + r).withMd5();
                    recordings.add(new Recording(officer, camera, "SCU-" + unit, 1000 + r, start, clip.stoppedAt(),
                            List.of(clip), Patrol.through(Borough.WESTMINSTER, start, clip.length(), Patrol.Pace.ON_FOOT,
                                    i * 100L + r), List.of()));
                }
                beats.add(new Beat(officer, camera, recordings));
            }
        }
        return new DockingShift(unit, beats);
    }

    /** The fleet through the API, then the camera system's users and devices through Axis, as at roll-out. */
    void register(Api admin, AxisClient client) {
        registerFleet(admin);
        for (Beat beat : beats) {
            client.registerUser(beat.officer());
            client.registerDevice(beat.camera());
        }
    }

    /** The unit, its officers and their cameras through the API. */
    void registerFleet(Api admin) {
        created(admin.post("/api/v1/units", Map.of("code", unit, "name", "Kill test " + unit, "kind", "BOROUGH",
                "establishment", 10)));
        for (Beat beat : beats) {
            created(admin.post("/api/v1/officers", Map.of("collarNumber", beat.officer().collarNumber(),
                    "name", beat.officer().name(), "rank", "PC", "unit", unit)));
            created(admin.post("/api/v1/cameras", Map.of("serial", beat.camera().serial(), "model", "AXIS W110",
                    "firmware", beat.camera().firmware())));
        }
    }

    List<Beat> beats() {
        return beats;
    }

    /** Each recording's container and the SHA-256 of the one clip in it. */
    Map<String, String> sha256ByContainer() {
        return sha256ByContainer;
    }

    /** The SHA-256 of every clip the server lists for the shift's cameras. */
    Set<String> sha256sListed(Api api) {
        return beats.stream().flatMap(beat -> api.get("/api/v1/clips?camera=" + beat.camera().serial()).json()
                .findValuesAsString("sha256").stream()).collect(Collectors.toSet());
    }

    Set<String> sha256Of(Set<String> containers) {
        return containers.stream().map(sha256ByContainer::get).collect(Collectors.toSet());
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
