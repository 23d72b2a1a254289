package org.custodian.evidence;

import org.custodian.shared.RuleViolationException;

/** Only a quarantined clip that nobody has reviewed yet can be released or confirmed as corrupt. */
public class ClipNotQuarantinedException extends RuleViolationException {

    ClipNotQuarantinedException(String message) {
        super(message);
    }
}
