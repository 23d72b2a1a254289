package org.custodian.retention;

import org.custodian.shared.InvalidValueException;

/** The written reason every retention decision carries: present, and short enough to keep in the audit log. */
final class Reasons {

    static final int MAX_LENGTH = 2000;

    private Reasons() {
    }

    /** {@code text} trimmed; refused with {@code message} when blank, and when longer than {@link #MAX_LENGTH}. */
    static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(message);
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("A reason is at most " + MAX_LENGTH + " characters");
        }
        return text.trim();
    }
}
