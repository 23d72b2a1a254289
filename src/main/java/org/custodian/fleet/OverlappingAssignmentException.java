package org.custodian.fleet;

import org.custodian.shared.RuleViolationException;

/** A camera's assignments may not overlap, backdated ones included: each instant has at most one holder. */
public class OverlappingAssignmentException extends RuleViolationException {

    public OverlappingAssignmentException(Assignment existing, Assignment refused) {
        super("Camera " + existing.camera() + " was held by " + existing.describe() + "; an assignment to "
                + refused.describe() + " would overlap it");
    }
}
