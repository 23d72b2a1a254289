package org.custodian.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The place index: a fixed grid of latitude/longitude cells at three sizes (about 500 m, 5 km and 50 km
 * north-south). A track is indexed by every cell it passes through at each size; a circle is looked up at
 * the smallest size that covers it with a few hundred cells at most, then checked exactly against the track.
 * Plain arithmetic on WGS 84 degrees, so it runs the same on H2 and PostgreSQL without PostGIS. Circles across
 * the antimeridian are not looked up across it (no force patrols there).
 */
public final class GeoGrid {

    /** Cell height (and width) in degrees at level 0; each level is ten times coarser. */
    static final double BASE_DEGREES = 0.0045;
    static final int LEVELS = 3;
    private static final int MAX_LOOKUP_CELLS = 400;
    /** Metres per degree of latitude on a sphere of the Earth's mean radius. */
    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private GeoGrid() {
    }

    /** Every cell at every level that the track's points, and the straight lines between them, pass through. */
    public static Set<Long> cellsOf(List<TrackPoint> track) {
        Set<Long> cells = new LinkedHashSet<>();
        for (int level = 0; level < LEVELS; level++) {
            double size = size(level);
            for (int i = 0; i < track.size(); i++) {
                TrackPoint a = track.get(i);
                TrackPoint b = i + 1 < track.size() ? track.get(i + 1) : a;
                // Sample the segment at a quarter of a cell so a fast or sparse track skips no cell.
                double span = Math.max(Math.abs(b.latitude() - a.latitude()), Math.abs(b.longitude() - a.longitude()));
                int steps = Math.max(1, (int) Math.ceil(span / (size / 4)));
                for (int s = 0; s <= steps; s++) {
                    double f = (double) s / steps;
                    cells.add(cell(level, a.latitude() + f * (b.latitude() - a.latitude()),
                            a.longitude() + f * (b.longitude() - a.longitude())));
                }
            }
        }
        return cells;
    }

    /** The cells, at one level, covering the square around a circle. */
    public static Set<Long> cellsCovering(Place place) {
        double dLat = place.radiusMetres() / METRES_PER_DEGREE;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(place.latitude())));
        for (int level = 0; level < LEVELS; level++) {
            double size = size(level);
            long rows = (long) Math.floor((place.latitude() + dLat) / size) - (long) Math.floor((place.latitude() - dLat) / size) + 1;
            long cols = (long) Math.floor((place.longitude() + dLon) / size) - (long) Math.floor((place.longitude() - dLon) / size) + 1;
            if (rows * cols <= MAX_LOOKUP_CELLS || level == LEVELS - 1) {
                Set<Long> cells = new LinkedHashSet<>();
                for (long r = (long) Math.floor((place.latitude() - dLat) / size); r <= (long) Math.floor((place.latitude() + dLat) / size); r++) {
                    for (long c = (long) Math.floor((place.longitude() - dLon) / size); c <= (long) Math.floor((place.longitude() + dLon) / size); c++) {
                        cells.add(encode(level, r, c));
                    }
                }
                return cells;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static long cell(int level, double latitude, double longitude) {
        double size = size(level);
        return encode(level, (long) Math.floor(latitude / size), (long) Math.floor(longitude / size));
    }

    private static long encode(int level, long row, long column) {
        return level * 10_000_000_000L + (row + 40_000) * 100_000 + (column + 40_000);
    }

    private static double size(int level) {
        return BASE_DEGREES * Math.pow(10, level);
    }

    /** Distance in metres from {@code p} to the segment a-b, on a local flat projection around {@code p}. */
    public static double distanceToSegment(double lat, double lon, TrackPoint a, TrackPoint b) {
        double k = Math.cos(Math.toRadians(lat)) * METRES_PER_DEGREE;
        double ax = (a.longitude() - lon) * k;
        double ay = (a.latitude() - lat) * METRES_PER_DEGREE;
        double dx = (b.longitude() - a.longitude()) * k;
        double dy = (b.latitude() - a.latitude()) * METRES_PER_DEGREE;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }

    /** Whether the track comes within the circle: a point on it, or the line between two fixes, inside. */
    public static boolean passesThrough(List<TrackPoint> track, Place place) {
        for (int i = 0; i < track.size(); i++) {
            TrackPoint a = track.get(i);
            TrackPoint b = i + 1 < track.size() ? track.get(i + 1) : a;
            if (distanceToSegment(place.latitude(), place.longitude(), a, b) <= place.radiusMetres()) {
                return true;
            }
        }
        return false;
    }

    /** The least distance in metres between two tracks' fixes and lines (fix to line, both ways). */
    public static double closestApproach(List<TrackPoint> one, List<TrackPoint> other) {
        return Math.min(oneWay(one, other), oneWay(other, one));
    }

    private static double oneWay(List<TrackPoint> points, List<TrackPoint> lines) {
        double best = Double.MAX_VALUE;
        for (TrackPoint p : points) {
            for (int i = 0; i < lines.size(); i++) {
                TrackPoint a = lines.get(i);
                TrackPoint b = i + 1 < lines.size() ? lines.get(i + 1) : a;
                best = Math.min(best, distanceToSegment(p.latitude(), p.longitude(), a, b));
            }
        }
        return best;
    }
}
