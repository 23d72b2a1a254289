package org.custodian.evidence;

/** A computer-aided dispatch incident number: the call that sent officers. Stored upper-case and trimmed so lookups match however it was typed. */
public record CadIncidentNumber(String value) {

    public CadIncidentNumber {
        value = References.normalise(value, "CAD incident number", "CAD 4321/20NOV26");
    }

    public static CadIncidentNumber of(String value) {
        return value == null || value.isBlank() ? null : new CadIncidentNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
