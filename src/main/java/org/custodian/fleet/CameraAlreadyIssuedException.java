package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** One camera, one officer at a time: otherwise its footage could not be attributed. */
public class CameraAlreadyIssuedException extends RuleViolationException {

    public CameraAlreadyIssuedException(Assignment current, CollarNumber wanted) {
        super("Camera " + current.camera() + " is already issued to " + current.describe() + "; return it before "
                + "issuing it to " + wanted);
    }
}
