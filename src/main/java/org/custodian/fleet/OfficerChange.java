package org.custodian.fleet;

/** What to change about an officer; null leaves a field as it is. */
public record OfficerChange(String name, Rank rank, UnitCode unit, Boolean active) {

    public static OfficerChange deactivate() {
        return new OfficerChange(null, null, null, false);
    }

    public static OfficerChange transferTo(UnitCode unit) {
        return new OfficerChange(null, null, unit, null);
    }
}
