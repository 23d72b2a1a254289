package org.custodian.evidence.web;

import org.custodian.shared.InvalidValueException;

/**
 * Why someone opens a clip: a free-text reason (needed for a clip that is not one's own) and, for an officer
 * watching their own footage before writing a statement, the purpose {@code statement}, logged as such.
 */
record AccessReason(String reason, String purpose) {

    static final String STATEMENT = "statement";

    AccessReason {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > 500) {
            throw new InvalidValueException("A reason is limited to 500 characters");
        }
        purpose = purpose == null || purpose.isBlank() ? null : purpose.strip().toLowerCase(java.util.Locale.ROOT);
        if (purpose != null && !purpose.equals(STATEMENT)) {
            throw new InvalidValueException("purpose '" + purpose + "' is not known; the only purpose is 'statement' "
                    + "(viewing your own footage before writing a statement)");
        }
    }

    static AccessReason of(String param, String header, String purpose) {
        return new AccessReason(param != null && !param.isBlank() ? param : header, purpose);
    }

    boolean given() {
        return reason != null;
    }

    /** What the audit entry's reason says: the reason given, else the purpose. */
    String audited() {
        return reason != null ? reason : purpose == null ? null : "before writing a statement";
    }
}
