package org.custodian.evidence;

/** A crime reference (the crime recording system's number). Stored upper-case and trimmed so lookups match however it was typed. */
public record CrimeReference(String value) {

    public CrimeReference {
        value = References.normalise(value, "Crime reference", "CRIS 1234567/26");
    }

    public static CrimeReference of(String value) {
        return value == null || value.isBlank() ? null : new CrimeReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
