package org.custodian.fleet;

import java.util.List;

/** A warranted officer, PCSO or special who may carry a camera. Inactive officers keep their history. */
public record Officer(CollarNumber collarNumber, String name, Rank rank, UnitCode unit, boolean active) {

    public Officer {
        Checks.required(collarNumber, "Collar number");
        name = Checks.text(name, "Officer name", 200);
        Checks.required(rank, "Rank");
        Checks.required(unit, "Unit");
    }

    /** Changes what is given; null keeps the current value. */
    public Officer changed(String newName, Rank newRank, UnitCode newUnit) {
        return new Officer(collarNumber, newName == null ? name : newName, newRank == null ? rank : newRank,
                newUnit == null ? unit : newUnit, active);
    }

    /** An officer who leaves with a camera would leave its footage unattributable, so it comes back first. */
    public Officer deactivated(List<Assignment> held) {
        if (!held.isEmpty()) {
            throw new OfficerHoldsCameraException(collarNumber, held);
        }
        return new Officer(collarNumber, name, rank, unit, false);
    }

    public Officer activated() {
        return new Officer(collarNumber, name, rank, unit, true);
    }

    void requireActive() {
        if (!active) {
            throw new OfficerInactiveException(collarNumber);
        }
    }
}
