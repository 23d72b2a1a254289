package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** A camera is taken out of service only once its holder has handed it back. */
public class CameraStillIssuedException extends RuleViolationException {

    public CameraStillIssuedException(Assignment current, CameraStatus wanted) {
        super("Camera " + current.camera() + " is issued to " + current.describe() + "; return it before marking it "
                + wanted);
    }
}
