package org.custodian.evidence.web;

import java.util.Set;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.fleet.CollarNumber;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.custodian.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may open a clip's footage, pictures and page: the same rule as {@code GET /api/v1/clips/{id}}.
 * {@link #maySee} is the one place the rule lives, so a stricter one (a reason asked for) replaces it alone.
 */
@Component
class ClipAccess {

    /** Roles that see every clip; an officer with none of them sees only their own. */
    private static final Set<Role> SEE_ALL = Set.of(Role.SUPERVISOR, Role.EVIDENCE_OFFICER,
            Role.DATA_PROTECTION_OFFICER, Role.PROFESSIONAL_STANDARDS, Role.AUDITOR, Role.ADMINISTRATOR);

    private final ClipCatalogue catalogue;
    private final Accounts accounts;
    private final AuditLog audit;

    ClipAccess(ClipCatalogue catalogue, Accounts accounts, AuditLog audit) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The clip, when {@code who} may see it. Otherwise the refusal is audited as {@code action} and the
     * answer is 404, as for a clip that does not exist, so ids of other officers' clips cannot be probed.
     */
    Clip require(ClipId id, Authentication who, String action) {
        Clip clip = catalogue.require(id);
        if (!maySee(accounts.require(who.getName()), clip)) {
            audit.record(AuditEvent.denied(action, "clip", id));
            throw new NotFoundException("Clip", id);
        }
        return clip;
    }

    static boolean maySee(StaffUser user, Clip clip) {
        if (user.roles().stream().anyMatch(SEE_ALL::contains)) {
            return true;
        }
        return user.collarNumber() != null && CollarNumber.of(user.collarNumber()).equals(clip.recording().officer());
    }
}
