package org.custodian.retention;

import org.custodian.shared.RuleViolationException;

/** No one person changes what is deleted: the proposer of a policy change cannot approve it too. */
public class SecondApprovalRequiredException extends RuleViolationException {

    public SecondApprovalRequiredException(PolicyVersion version) {
        super("Policy version " + version.version() + " was proposed by " + version.proposedBy()
                + "; a different administrator must approve it");
    }
}
