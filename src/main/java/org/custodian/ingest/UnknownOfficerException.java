package org.custodian.ingest;

import org.custodian.shared.InvalidValueException;

/** An upload may name its officer only if the fleet knows them. */
public class UnknownOfficerException extends InvalidValueException {

    public UnknownOfficerException(String collar) {
        super("Officer " + Quoted.of(collar) + " is not registered in the fleet");
    }
}
