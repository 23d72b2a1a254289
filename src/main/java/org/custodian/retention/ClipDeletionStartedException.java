package org.custodian.retention;

import org.custodian.evidence.ClipId;
import org.custodian.shared.RuleViolationException;

/** A clip whose deletion has begun cannot be held or restricted: its data key may already be gone. */
public class ClipDeletionStartedException extends RuleViolationException {

    public ClipDeletionStartedException(ClipId clip) {
        super("Clip " + clip + " is being deleted or was deleted under its retention rule; it cannot be held");
    }
}
