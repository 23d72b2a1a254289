package org.custodian.fleet;

import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/** An officer's collar or warrant number ({@code PC1234}, {@code 123456}), the way footage names its officer. */
public record CollarNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{2,20}");

    public CollarNumber {
        String normalised = Checks.upper(value);
        if (!FORM.matcher(normalised).matches()) {
            throw new InvalidValueException("Collar number " + Checks.quote(value) + " is malformed: a collar or "
                    + "warrant number is 2-20 letters or digits");
        }
        value = normalised;
    }

    public static CollarNumber of(String value) {
        return new CollarNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
