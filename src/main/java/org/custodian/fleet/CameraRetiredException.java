package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** Retirement is final, so a retired camera's record stays as it was when it left service. */
public class CameraRetiredException extends RuleViolationException {

    public CameraRetiredException(CameraSerial camera) {
        super("Camera " + camera + " is RETIRED; a retired camera cannot be changed or returned to service");
    }
}
