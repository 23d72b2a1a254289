package org.custodian.identity.oidc;

/** The identity provider vouched for a person, but Custodian's rules do not let them in. */
class SignInRefusedException extends RuntimeException {

    /** Each reason is also the value of {@code /login?oidc-error=...}, which the sign-in page explains. */
    enum Reason {
        NO_USERNAME("no-username"),
        NO_ROLE("no-role"),
        DISABLED("disabled"),
        NOT_LINKED("not-linked");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Reason reason;
    private final String username;

    SignInRefusedException(Reason reason, String username, String message) {
        super(message);
        this.reason = reason;
        this.username = username;
    }

    Reason reason() {
        return reason;
    }

    /** The username the person tried to sign in as, for the audit log; may be null. */
    String username() {
        return username;
    }
}
