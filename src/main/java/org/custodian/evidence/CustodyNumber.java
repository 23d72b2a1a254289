package org.custodian.evidence;

/** A custody record number: the detention that followed. Stored upper-case and trimmed so lookups match however it was typed. */
public record CustodyNumber(String value) {

    public CustodyNumber {
        value = References.normalise(value, "Custody number", "01/12345/26");
    }

    public static CustodyNumber of(String value) {
        return value == null || value.isBlank() ? null : new CustodyNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
