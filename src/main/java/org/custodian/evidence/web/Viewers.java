package org.custodian.evidence.web;

import org.custodian.evidence.Viewer;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.identity.Accounts;
import org.custodian.identity.StaffUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person as the access policy sees them: roles, collar number and unit from their account. */
@Component
public class Viewers {

    private final Accounts accounts;

    Viewers(Accounts accounts) {
        this.accounts = accounts;
    }

    public Viewer of(Authentication who) {
        StaffUser user = accounts.require(who.getName());
        return new Viewer(user.username(), user.roles(),
                user.collarNumber() == null ? null : CollarNumber.of(user.collarNumber()),
                user.unitCode() == null ? null : UnitCode.of(user.unitCode()));
    }
}
