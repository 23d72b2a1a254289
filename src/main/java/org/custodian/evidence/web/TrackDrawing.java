package org.custodian.evidence.web;

import java.util.List;
import java.util.Locale;

import org.custodian.evidence.TrackPoint;

/**
 * A GNSS track as an SVG polyline that needs no map tiles: longitude scaled by the cosine of the middle
 * latitude (so a street's shape is kept at UK latitudes), fitted into a square with a margin, north up.
 */
record TrackDrawing(String points, double startX, double startY, double endX, double endY) {

    static final double SIZE = 300;
    private static final double MARGIN = 15;

    /** Null when there is no track to draw. */
    static TrackDrawing of(List<TrackPoint> track) {
        if (track.isEmpty()) {
            return null;
        }
        double midLatitude = track.stream().mapToDouble(TrackPoint::latitude).average().orElse(0);
        double shrink = Math.cos(Math.toRadians(midLatitude));
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (TrackPoint p : track) {
            minX = Math.min(minX, p.longitude() * shrink);
            maxX = Math.max(maxX, p.longitude() * shrink);
            minY = Math.min(minY, p.latitude());
            maxY = Math.max(maxY, p.latitude());
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
        double scale = (SIZE - 2 * MARGIN) / span;
        double offsetX = (SIZE - (maxX - minX) * scale) / 2;
        double offsetY = (SIZE - (maxY - minY) * scale) / 2;
        StringBuilder points = new StringBuilder();
        double[] first = null;
        double[] last = null;
        for (TrackPoint p : track) {
            double x = offsetX + (p.longitude() * shrink - minX) * scale;
            double y = SIZE - (offsetY + (p.latitude() - minY) * scale);
            points.append(points.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            last = new double[] {x, y};
            first = first == null ? last : first;
        }
        return new TrackDrawing(points.toString(), first[0], first[1], last[0], last[1]);
    }
}
