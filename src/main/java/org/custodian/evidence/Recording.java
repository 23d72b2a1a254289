package org.custodian.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;

/**
 * What was recorded, by which camera, for which officer, and when (UTC, by the camera's clock).
 * {@code officer} is null when nobody held the camera then; {@code endedAt} when the source did not say;
 * {@code clockOffset} (camera clock minus server clock at docking) when it was not measured.
 */
public record Recording(CameraSerial camera, CollarNumber officer, Instant startedAt, Instant endedAt,
        Duration clockOffset) {

    public Recording {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(startedAt, "startedAt");
        if (endedAt != null && !endedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("A recording ends after it starts");
        }
    }
}
