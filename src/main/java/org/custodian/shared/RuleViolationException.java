package org.custodian.shared;

/**
 * A request is well formed but breaks a rule of the domain given what is already stored (a camera
 * issued twice, an overlapping assignment). Answered with 409; subclasses are named after the rule.
 */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
