package org.custodian.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/** The shared form of the force's reference numbers: 2-30 letters, digits, '/', '-' or single spaces. */
final class References {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9](?:[A-Z0-9/-]| (?! ))*[A-Z0-9]");

    private References() {
    }

    static String normalise(String value, String what, String example) {
        String text = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (text.length() < 2 || text.length() > 30 || !FORM.matcher(text).matches()) {
            throw new InvalidValueException(what + " '" + (value == null ? "" : value) + "' is malformed: 2-30 letters, "
                    + "digits, '/', '-' or spaces, starting and ending with a letter or digit (e.g. " + example + ")");
        }
        return text;
    }
}
