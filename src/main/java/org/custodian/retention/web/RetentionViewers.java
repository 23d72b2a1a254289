package org.custodian.retention.web;

import java.util.Set;

import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether the person asking sees every clip's retention, or is an officer limited to their own. Coarser than the
 * catalogue's rule (evidence.ClipAccessPolicy: a supervisor sees their unit's clips only).
 */
@Component
class RetentionViewers {

    static final Set<Role> SEE_ALL = Set.of(Role.SUPERVISOR, Role.EVIDENCE_OFFICER, Role.DATA_PROTECTION_OFFICER,
            Role.PROFESSIONAL_STANDARDS, Role.AUDITOR, Role.ADMINISTRATOR);

    record Viewer(boolean seesAll, String collar) {

        boolean sees(String officer) {
            return seesAll || (collar != null && collar.equals(officer));
        }
    }

    private final Accounts accounts;

    RetentionViewers(Accounts accounts) {
        this.accounts = accounts;
    }

    Viewer of(Authentication who) {
        StaffUser user = accounts.require(who.getName());
        return new Viewer(user.roles().stream().anyMatch(SEE_ALL::contains), user.collarNumber());
    }
}
