package org.custodian.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class GeoGridTest {

    static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    /** Parliament Square, and two fixes 3 km either side of it along the same parallel. */
    static final Place PARLIAMENT_SQUARE = new Place(51.5007, -0.1270, 200);
    static final List<TrackPoint> WEST_TO_EAST = List.of(new TrackPoint(T, 51.5007, -0.1700),
            new TrackPoint(T.plusSeconds(600), 51.5007, -0.0840));

    @Test
    void aTrackWhoseLineCrossesThePointPassesThroughItThoughNoFixIsNear() {
        assertThat(GeoGrid.passesThrough(WEST_TO_EAST, PARLIAMENT_SQUARE)).isTrue();
        assertThat(GeoGrid.cellsOf(WEST_TO_EAST)).containsAnyElementsOf(GeoGrid.cellsCovering(PARLIAMENT_SQUARE));
    }

    @Test
    void aTrackOneKilometreNorthDoesNotPassWithin200Metres() {
        List<TrackPoint> north = List.of(new TrackPoint(T, 51.5097, -0.1700), new TrackPoint(T.plusSeconds(600), 51.5097, -0.0840));

        assertThat(GeoGrid.passesThrough(north, PARLIAMENT_SQUARE)).isFalse();
        assertThat(GeoGrid.passesThrough(north, new Place(51.5007, -0.1270, 1100))).isTrue();
    }

    @Test
    void distanceToASegmentIsMeasuredInMetres() {
        TrackPoint a = new TrackPoint(T, 51.5, -0.13);
        // 0.001 degrees of latitude is about 111 m.
        assertThat(GeoGrid.distanceToSegment(51.501, -0.13, a, a)).isBetween(110.0, 112.0);
    }

    @Test
    void largeCirclesAreLookedUpInCoarserCellsSoTheLookupStaysSmall() {
        assertThat(GeoGrid.cellsCovering(new Place(51.5, -0.13, 500))).hasSizeLessThanOrEqualTo(400);
        assertThat(GeoGrid.cellsCovering(new Place(51.5, -0.13, 50_000))).hasSizeLessThanOrEqualTo(400);
        assertThat(GeoGrid.cellsOf(WEST_TO_EAST)).containsAnyElementsOf(GeoGrid.cellsCovering(new Place(51.5, -0.13, 50_000)));
    }

    @Test
    void closestApproachOfTwoTracks() {
        List<TrackPoint> parallel = List.of(new TrackPoint(T, 51.5016, -0.1700), new TrackPoint(T.plusSeconds(60), 51.5016, -0.0840));

        assertThat(GeoGrid.closestApproach(WEST_TO_EAST, parallel)).isBetween(95.0, 105.0);
    }
}
