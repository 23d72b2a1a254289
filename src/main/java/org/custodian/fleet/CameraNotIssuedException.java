package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** Only a camera someone holds can be returned. */
public class CameraNotIssuedException extends RuleViolationException {

    public CameraNotIssuedException(CameraSerial camera) {
        super("Camera " + camera + " is not issued to anyone, so it cannot be returned");
    }
}
