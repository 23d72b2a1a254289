package org.custodian.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Who does what in a simulated shift, worked out from its seed before any footage is made: each
 * officer's identity, camera, dock and borough, and when each recording happens, where it goes, and
 * what is bookmarked in it.
 */
final class ShiftPlan {

    record Beat(Officer officer, Camera camera, String dockSerial, List<PlannedRecording> recordings) {
    }

    record PlannedRecording(int recordingId, List<Footage> clips, GnssTrack track, List<Bookmark> bookmarks) {

        Recording withClips(Beat beat, List<ClipFile> files) {
            return new Recording(beat.officer(), beat.camera(), beat.dockSerial(), recordingId,
                    files.get(0).startedAt(), files.get(files.size() - 1).stoppedAt(), files, track, bookmarks);
        }
    }

    private static final String[] FIRST = {"Amira", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Grace", "Hassan",
        "Isla", "Jack", "Kofi", "Lena", "Marek", "Niamh", "Omar", "Priya"};
    private static final String[] LAST = {"Khan", "Smith", "Okafor", "Patel", "Jones", "Nowak", "Williams",
        "Ahmed", "Brown", "Murphy", "Taylor", "Singh", "Evans", "Clarke", "Mensah", "Wilson"};
    private static final String[] CATEGORIES = {"Stop and search", "Arrest", "Domestic incident",
        "Public order", "Traffic stop", "Witness account"};

    private ShiftPlan() {
    }

    static List<Beat> plan(Shift shift) {
        List<Beat> beats = new ArrayList<>();
        for (int i = 0; i < shift.officers(); i++) {
            SplittableRandom random = new SplittableRandom(shift.seed() * 1_000_003 + i);
            Borough borough = Borough.pick(shift.seed() + i);
            Officer officer = new Officer(uuid(shift.seed(), i), "PC " + FIRST[random.nextInt(FIRST.length)] + " "
                    + LAST[random.nextInt(LAST.length)], (1000 + i % 9000) + borough.code());
            String serial = String.format("B8A44F%06X", Math.floorMod(shift.seed() * 7919 + i, 0x1000000L));
            Camera camera = new Camera(serial, "Camera " + (i + 1) + " " + borough.code(), "W110", "11.9.60");
            beats.add(new Beat(officer, camera, "SCU-" + borough.code() + "-01",
                    recordings(shift, borough, serial, random, i % 3 == 2)));
        }
        return beats;
    }

    private static List<PlannedRecording> recordings(Shift shift, Borough borough, String serial,
            SplittableRandom random, boolean driving) {
        int count = shift.recordingsPerOfficer();
        Duration slot = Shift.LENGTH.dividedBy(count);
        List<PlannedRecording> recordings = new ArrayList<>();
        for (int r = 0, clipsLeft = shift.clipsPerOfficer(); r < count; r++) {
            int clips = Math.min(shift.clipsPerRecording(), clipsLeft);
            clipsLeft -= clips;
            Duration length = shift.clipLength().multipliedBy(clips);
            long room = Math.max(1, slot.minus(length).toSeconds());
            Instant start = shift.start().plus(slot.multipliedBy(r)).plusSeconds(random.nextLong(room))
                    .truncatedTo(ChronoUnit.SECONDS);
            List<Footage> footage = new ArrayList<>();
            for (int c = 0; c < clips; c++) {
                footage.add(new Footage(serial, start.plus(shift.clipLength().multipliedBy(c)), shift.clipLength(),
                        random.nextLong(), shift.grain()));
            }
            GnssTrack track = Patrol.through(borough, start, length,
                    driving ? Patrol.Pace.DRIVING : Patrol.Pace.ON_FOOT, random.nextLong());
            Instant marked = start.plus(length.multipliedBy(2).dividedBy(5));
            Bookmark bookmark = new Bookmark(marked, null, "", Integer.toString(r % CATEGORIES.length + 1),
                    CATEGORIES[r % CATEGORIES.length], "TriggerOn:Button;Unit:" + borough.code());
            recordings.add(new PlannedRecording(random.nextInt(1000, 100_000), footage, track, List.of(bookmark)));
        }
        return recordings;
    }

    private static UUID uuid(long seed, int officer) {
        return UUID.nameUUIDFromBytes(("custodian-simulator:" + seed + ":" + officer).getBytes(StandardCharsets.UTF_8));
    }
}
