package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** Only a camera in service is issued: a faulty, lost or retired one would record nothing usable. */
public class CameraNotInServiceException extends RuleViolationException {

    public CameraNotInServiceException(Camera camera) {
        super("Camera " + camera.serial() + " is " + camera.status() + "; only a camera IN_SERVICE can be issued");
    }
}
