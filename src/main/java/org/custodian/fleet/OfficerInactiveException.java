package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** Cameras go only to serving officers. */
public class OfficerInactiveException extends RuleViolationException {

    public OfficerInactiveException(CollarNumber officer) {
        super("Officer " + officer + " is not active; a camera can only be assigned to an active officer");
    }
}
