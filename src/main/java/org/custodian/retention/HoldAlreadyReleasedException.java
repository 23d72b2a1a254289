package org.custodian.retention;

import org.custodian.shared.RuleViolationException;

public class HoldAlreadyReleasedException extends RuleViolationException {

    public HoldAlreadyReleasedException(Hold hold) {
        super("Hold " + hold.id() + " was already released by " + hold.releasedBy() + " at " + hold.releasedAt());
    }
}
