package org.custodian.fleet;

import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/** A dock's code as its label and its uploads name it, e.g. {@code KD-ROMFORD-1}. */
public record DockCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    public DockCode {
        String normalised = Checks.upper(value);
        if (!FORM.matcher(normalised).matches()) {
            throw new InvalidValueException("Dock code " + Checks.quote(value) + " is malformed: a dock code is 2-32 "
                    + "characters of A-Z, 0-9 and '-', starting with a letter or digit");
        }
        value = normalised;
    }

    public static DockCode of(String value) {
        return new DockCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
