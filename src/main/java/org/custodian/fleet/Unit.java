package org.custodian.fleet;

import org.custodian.shared.InvalidValueException;

/**
 * A borough or specialist command. Its establishment is how many of its officers should carry a camera:
 * the figure roll-out progress is measured against.
 */
public record Unit(UnitCode code, String name, UnitKind kind, int establishment) {

    public Unit {
        Checks.required(code, "Unit code");
        name = Checks.text(name, "Unit name", 200);
        Checks.required(kind, "Unit kind");
        if (establishment < 0) {
            throw new InvalidValueException("Establishment must be 0 or more (officers who should carry a camera)");
        }
    }

    public Unit revised(String newName, UnitKind newKind, int newEstablishment) {
        return new Unit(code, newName, newKind, newEstablishment);
    }
}
