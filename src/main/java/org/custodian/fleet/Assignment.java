package org.custodian.fleet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.custodian.shared.InvalidValueException;

/**
 * An officer held a camera from {@code from} (inclusive) until {@code to} (exclusive); {@code to} is null
 * while the officer still holds it. Footage recorded by the camera in that interval is the officer's.
 * Instants are kept to the microsecond, the precision the database stores.
 */
public record Assignment(CameraSerial camera, CollarNumber officer, Instant from, Instant to) {

    public Assignment {
        Checks.required(camera, "Camera serial");
        Checks.required(officer, "Officer");
        from = Checks.required(from, "Start of the assignment").truncatedTo(ChronoUnit.MICROS);
        to = to == null ? null : to.truncatedTo(ChronoUnit.MICROS);
        if (to != null && !to.isAfter(from)) {
            throw new InvalidValueException("An assignment must end after it starts (from " + from + ", to " + to + ")");
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    /** Whether the officer held the camera at {@code instant}: from its start, up to but not at its end. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && (to == null || instant.isBefore(to));
    }

    /** Two half-open intervals overlap when each starts before the other ends; touching ends do not. */
    public boolean overlaps(Assignment other) {
        return startsBeforeEndOf(other) && other.startsBeforeEndOf(this);
    }

    private boolean startsBeforeEndOf(Assignment other) {
        return other.to == null || from.isBefore(other.to);
    }

    /** The camera handed back at {@code at}. */
    public Assignment returnedAt(Instant at) {
        if (!isOpen()) {
            throw new CameraNotIssuedException(camera);
        }
        Checks.required(at, "Return time");
        if (!at.truncatedTo(ChronoUnit.MICROS).isAfter(from)) {
            throw new InvalidValueException("Camera " + camera + " cannot be returned at " + at + ": it was issued to "
                    + officer + " at " + from + ", and a return must come after the issue");
        }
        return new Assignment(camera, officer, from, at);
    }

    String describe() {
        return officer + (to == null ? " since " + from : " from " + from + " until " + to);
    }
}
