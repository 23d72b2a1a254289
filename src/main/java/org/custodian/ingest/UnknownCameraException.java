package org.custodian.ingest;

import org.custodian.shared.InvalidValueException;

/** Footage is attributed through the fleet, so a camera the fleet does not know cannot upload. */
public class UnknownCameraException extends InvalidValueException {

    public UnknownCameraException(String serial) {
        super("Camera " + Quoted.of(serial) + " is not registered in the fleet");
    }
}
