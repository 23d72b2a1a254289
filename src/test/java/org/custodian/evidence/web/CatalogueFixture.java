package org.custodian.evidence.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.Received;
import org.custodian.ingest.Upload;

/**
 * Clips docked through {@link Ingest} as a camera would send them, at a place and day no other test uses
 * (tests share one database), with GNSS tracks given as offsets in metres from that place.
 */
final class CatalogueFixture {

    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;
    private static final Random RANDOM = new Random();
    /** Days handed out so far: each fixture gets a day of its own, so no other test's clips are near in time. */
    private static final java.util.concurrent.atomic.AtomicInteger DAYS =
            new java.util.concurrent.atomic.AtomicInteger(RANDOM.nextInt(1000));

    final Ingest ingest;
    /** Somewhere in England, and a morning between 2005 and 2008 that no other fixture has. */
    final double latitude = 50.8 + RANDOM.nextDouble() * 2.5;
    final double longitude = -2.5 + RANDOM.nextDouble() * 2.5;
    final Instant morning = Instant.parse("2005-01-01T08:00:00Z").plusSeconds(86_400L * DAYS.getAndIncrement());

    CatalogueFixture(Ingest ingest) {
        this.ingest = ingest;
    }

    ClipId clip(String camera, String officer, Instant startedAt, long seconds) throws Exception {
        byte[] bytes = new byte[4096];
        RANDOM.nextBytes(bytes);
        Received received = ingest.receive(new Upload(camera, officer, startedAt, startedAt.plusSeconds(seconds), "test",
                null, "clip.mp4", null, null, Map.of()), new ByteArrayInputStream(bytes), bytes.length);
        return received.clipId();
    }

    /** A track of fixes at {@code [north, east]} metres from this fixture's place, a minute apart. */
    void track(ClipId clip, Instant startedAt, double[]... northEast) {
        List<TrackPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < northEast.length; i++) {
            points.add(new TrackPoint(startedAt.plusSeconds(60L * i), latitude + northEast[i][0] / METRES_PER_DEGREE,
                    longitude + northEast[i][1] / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)))));
        }
        ingest.attachTrack(clip, points);
    }

    void cameraBookmark(ClipId clip, Instant at, String text) {
        ingest.attachBookmark(clip, new Bookmark(at, null, text, null, null));
    }

    /** Query parameters for a circle around this fixture's place. */
    String around(int metres) {
        return "lat=" + latitude + "&lon=" + longitude + "&radius=" + metres;
    }
}
