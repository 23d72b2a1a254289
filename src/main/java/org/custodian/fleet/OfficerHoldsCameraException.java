package org.custodian.fleet;

import java.util.List;
import java.util.stream.Collectors;

import org.custodian.shared.RuleViolationException;

/** An officer is deactivated only once every camera they hold has been returned. */
public class OfficerHoldsCameraException extends RuleViolationException {

    public OfficerHoldsCameraException(CollarNumber officer, List<Assignment> held) {
        super("Officer " + officer + " still holds camera "
                + held.stream().map(a -> a.camera().value()).collect(Collectors.joining(", "))
                + "; return it before deactivating the officer");
    }
}
