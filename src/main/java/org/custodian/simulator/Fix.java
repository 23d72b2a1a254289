package org.custodian.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One GNSS fix (WGS 84 degrees), kept to the six decimals (about 0.1 m) the Axis track format carries,
 * so a track reads back exactly as it was written.
 */
public record Fix(Instant at, double latitude, double longitude) {

    public Fix {
        Objects.requireNonNull(at, "at");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a position on Earth: " + latitude + ", " + longitude);
        }
        latitude = Math.round(latitude * 1e6) / 1e6;
        longitude = Math.round(longitude * 1e6) / 1e6;
    }

    /** Distance in metres on a spherical Earth; plenty for fixes metres apart. */
    public double metresTo(Fix other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * Patrol.EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
    }
}
