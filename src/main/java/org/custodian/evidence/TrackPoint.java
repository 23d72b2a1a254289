package org.custodian.evidence;

import java.time.Instant;

import org.custodian.shared.InvalidValueException;

/** One fix of a camera's GNSS track (WGS 84 degrees). */
public record TrackPoint(Instant at, double latitude, double longitude) {

    public TrackPoint {
        if (at == null) {
            throw new InvalidValueException("A track point needs a time");
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("Latitude must be within ±90 and longitude within ±180 degrees, got "
                    + latitude + ", " + longitude);
        }
    }
}
