package org.custodian.identity;

import org.custodian.shared.InvalidValueException;

/** NCSC guidance favours length over composition rules: at least 12 characters, at most 128. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    public static String check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 128) {
            throw new InvalidValueException("Password must be between " + MIN_LENGTH + " and 128 characters");
        }
        return password;
    }
}
