package org.custodian.fleet;

import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/** A unit's short code: a borough's two letters ({@code KD} for Havering) or a command's ({@code TSG}). */
public record UnitCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{2,10}");

    public UnitCode {
        String normalised = Checks.upper(value);
        if (!FORM.matcher(normalised).matches()) {
            throw new InvalidValueException("Unit code " + Checks.quote(value) + " is malformed: a unit code is 2-10 "
                    + "letters or digits");
        }
        value = normalised;
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
