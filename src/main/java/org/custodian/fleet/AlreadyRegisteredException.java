package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** Serials, collar numbers and unit and dock codes each name one thing only. */
public class AlreadyRegisteredException extends RuleViolationException {

    public AlreadyRegisteredException(String what, Object id) {
        super(what + " " + id + " is already registered");
    }
}
