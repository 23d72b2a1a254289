package org.custodian.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes believable GNSS tracks: an officer on foot or in a car wandering from a borough's centre, one fix
 * a second, with the heading, speed and receiver noise a real track shows, and never straying far.
 */
public final class Patrol {

    static final double EARTH_RADIUS_M = 6_371_000;
    private static final double RECEIVER_NOISE_M = 2.0;
    private static final double HOME_RANGE_M = 2_000;

    public enum Pace {
        ON_FOOT(1.4, 12),
        DRIVING(9.0, 6);

        private final double metresPerSecond;
        private final double turnDegrees;

        Pace(double metresPerSecond, double turnDegrees) {
            this.metresPerSecond = metresPerSecond;
            this.turnDegrees = turnDegrees;
        }
    }

    private Patrol() {
    }

    /** A track from the start of the span to its end, inclusive, one fix each whole second. */
    public static GnssTrack through(Borough borough, Instant from, Duration length, Pace pace, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double north = random.nextDouble(-300, 300);
        double east = random.nextDouble(-300, 300);
        double heading = random.nextDouble(0, 360);
        List<Fix> fixes = new ArrayList<>();
        for (long second = 0; second <= length.toSeconds(); second++) {
            fixes.add(fix(borough, from.plusSeconds(second), north + noise(random), east + noise(random)));
            if (Math.hypot(north, east) > HOME_RANGE_M) {
                heading = Math.toDegrees(Math.atan2(-east, -north));
            }
            heading += random.nextGaussian() * pace.turnDegrees;
            double step = Math.max(0, pace.metresPerSecond * (1 + 0.2 * random.nextGaussian()));
            north += step * Math.cos(Math.toRadians(heading));
            east += step * Math.sin(Math.toRadians(heading));
        }
        return new GnssTrack(fixes);
    }

    private static double noise(SplittableRandom random) {
        return random.nextGaussian() * RECEIVER_NOISE_M / Math.sqrt(2);
    }

    private static Fix fix(Borough borough, Instant at, double north, double east) {
        double latitude = borough.latitude() + Math.toDegrees(north / EARTH_RADIUS_M);
        double longitude = borough.longitude()
                + Math.toDegrees(east / (EARTH_RADIUS_M * Math.cos(Math.toRadians(borough.latitude()))));
        return new Fix(at, latitude, longitude);
    }
}
