package org.custodian.evidence;

import java.util.Set;

import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;

/** A person looking at clips: their roles, and the collar number and unit their account is linked to (if any). */
public record Viewer(String username, Set<Role> roles, CollarNumber collar, UnitCode unit) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    /** The person behind a staff account: their roles, and the collar number and unit it is linked to. */
    public static Viewer of(StaffUser user) {
        return new Viewer(user.username(), user.roles(),
                user.collarNumber() == null ? null : CollarNumber.of(user.collarNumber()),
                user.unitCode() == null ? null : UnitCode.of(user.unitCode()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean recorded(CollarNumber officer) {
        return collar != null && collar.equals(officer);
    }
}
