package org.custodian.evidence.web;

import org.custodian.evidence.Viewer;
import org.custodian.identity.Accounts;
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
        return Viewer.of(accounts.require(who.getName()));
    }
}
