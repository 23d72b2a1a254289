package org.custodian.fleet;

import java.util.Optional;

/** A camera with the assignment it is out on now, for lists that show who holds what. */
public record CameraOverview(Camera camera, Assignment currentAssignment) {

    /** The open assignment; empty while the camera is in store. */
    public Optional<Assignment> current() {
        return Optional.ofNullable(currentAssignment);
    }
}
