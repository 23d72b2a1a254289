package org.custodian.fleet;

import java.time.Instant;
import java.util.Optional;

/**
 * A body-worn camera. Status changes are guarded: a retired camera never returns to service, and a
 * camera cannot be marked faulty or retired while an officer still holds it (it is returned first).
 * Marking it lost is the exception: the officer no longer has it, so the assignment ends there.
 */
public record Camera(CameraSerial serial, String model, String firmware, CameraStatus status) {

    public Camera {
        Checks.required(serial, "Camera serial");
        model = Checks.text(model, "Camera model", 100);
        firmware = Checks.text(firmware, "Firmware version", 50);
        Checks.required(status, "Camera status");
    }

    public static Camera inService(CameraSerial serial, String model, String firmware) {
        return new Camera(serial, model, firmware, CameraStatus.IN_SERVICE);
    }

    /** New model or firmware (after an update); null keeps the current value. */
    public Camera withDetails(String newModel, String newFirmware) {
        requireNotRetired();
        return new Camera(serial, newModel == null ? model : newModel, newFirmware == null ? firmware : newFirmware,
                status);
    }

    /**
     * Moves to {@code next}. {@code current} is the camera's open assignment, if any; when the camera is
     * lost it is ended at {@code at} and returned in the result so the caller can store it.
     */
    public StatusChange changeStatus(CameraStatus next, Optional<Assignment> current, Instant at) {
        Checks.required(next, "Camera status");
        if (next == status) {
            return new StatusChange(this, null);
        }
        requireNotRetired();
        Camera changed = new Camera(serial, model, firmware, next);
        if (current.isEmpty() || next == CameraStatus.IN_SERVICE) {
            return new StatusChange(changed, null);
        }
        if (next == CameraStatus.LOST) {
            return new StatusChange(changed, current.get().returnedAt(at));
        }
        throw new CameraStillIssuedException(current.get(), next);
    }

    public boolean isIssuable() {
        return status == CameraStatus.IN_SERVICE;
    }

    void requireIssuable() {
        if (!isIssuable()) {
            throw new CameraNotInServiceException(this);
        }
    }

    private void requireNotRetired() {
        if (status == CameraStatus.RETIRED) {
            throw new CameraRetiredException(serial);
        }
    }

    /** The camera after a status change, and the assignment that change ended (null when none). */
    public record StatusChange(Camera camera, Assignment endedAssignment) {

        public Optional<Assignment> ended() {
            return Optional.ofNullable(endedAssignment);
        }
    }
}
