package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.custodian.evidence.TrackPoint;
import org.junit.jupiter.api.Test;

class TrackDrawingTest {

    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void drawsNorthUpAndEastRightWithinTheSquare() {
        TrackDrawing drawing = TrackDrawing.of(List.of(new TrackPoint(T, 51.5000, -0.1300),
                new TrackPoint(T.plusSeconds(10), 51.5010, -0.1300), new TrackPoint(T.plusSeconds(20), 51.5010, -0.1280)));

        double[][] points = points(drawing);
        assertThat(points).hasNumberOfRows(3);
        assertThat(points[1][1]).as("going north goes up").isLessThan(points[0][1]);
        assertThat(points[2][0]).as("going east goes right").isGreaterThan(points[1][0]);
        for (double[] p : points) {
            assertThat(p[0]).isBetween(0.0, TrackDrawing.SIZE);
            assertThat(p[1]).isBetween(0.0, TrackDrawing.SIZE);
        }
        assertThat(drawing.startX()).isCloseTo(points[0][0], within(0.1));
        assertThat(drawing.endY()).isCloseTo(points[2][1], within(0.1));
    }

    @Test
    void keepsTheShapeOfAStreetAtItsLatitude() {
        // 0.001 degrees of latitude and 0.001 / cos(51.5°) of longitude are the same distance on the ground.
        double east = 0.001 / Math.cos(Math.toRadians(51.5));
        double[][] points = points(TrackDrawing.of(List.of(new TrackPoint(T, 51.5, 0), new TrackPoint(T, 51.501, 0),
                new TrackPoint(T, 51.501, east))));

        assertThat(Math.abs(points[1][1] - points[0][1])).isCloseTo(Math.abs(points[2][0] - points[1][0]), within(1.0));
    }

    @Test
    void aSingleFixOrNoTrackIsHandled() {
        assertThat(TrackDrawing.of(List.of())).isNull();
        assertThat(points(TrackDrawing.of(List.of(new TrackPoint(T, 51.5, -0.12))))).hasNumberOfRows(1);
    }

    private static double[][] points(TrackDrawing drawing) {
        return Arrays.stream(drawing.points().split(" "))
                .map(p -> Arrays.stream(p.split(",")).mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
    }
}
