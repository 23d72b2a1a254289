package org.custodian.fleet;

import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/** A camera's serial number, the key footage is attributed by. Accepted in any case, kept in upper case. */
public record CameraSerial(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{3,31}");

    public CameraSerial {
        String normalised = Checks.upper(value);
        if (!FORM.matcher(normalised).matches()) {
            throw new InvalidValueException("Camera serial " + Checks.quote(value) + " is malformed: a serial is 4-32 "
                    + "characters of A-Z, 0-9 and '-', starting with a letter or digit");
        }
        value = normalised;
    }

    public static CameraSerial of(String value) {
        return new CameraSerial(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
