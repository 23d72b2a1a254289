package org.custodian.evidence;

import java.util.Set;

import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.identity.Role;

/** A person looking at clips: their roles, and the collar number and unit their account is linked to (if any). */
public record Viewer(String username, Set<Role> roles, CollarNumber collar, UnitCode unit) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean recorded(CollarNumber officer) {
        return collar != null && collar.equals(officer);
    }
}
