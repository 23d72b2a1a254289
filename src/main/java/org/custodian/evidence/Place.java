package org.custodian.evidence;

import org.custodian.shared.InvalidValueException;

/** A circle on the ground to search within: WGS 84 degrees and a radius in metres (at most 50 km). */
public record Place(double latitude, double longitude, double radiusMetres) {

    public static final double MAX_RADIUS_METRES = 50_000;

    public Place {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidValueException("lat must be a latitude between -90 and 90 degrees, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("lon must be a longitude between -180 and 180 degrees, got " + longitude);
        }
        if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
            throw new InvalidValueException("radius must be more than 0 and at most " + (int) MAX_RADIUS_METRES
                    + " metres, got " + radiusMetres);
        }
    }

    /** All three of lat, lon and radius, or none of them. */
    public static Place of(Double latitude, Double longitude, Double radiusMetres) {
        int given = (latitude == null ? 0 : 1) + (longitude == null ? 0 : 1) + (radiusMetres == null ? 0 : 1);
        if (given == 0) {
            return null;
        }
        if (given < 3) {
            throw new InvalidValueException("A search by place needs all of lat, lon and radius (metres)");
        }
        return new Place(latitude, longitude, radiusMetres);
    }
}
