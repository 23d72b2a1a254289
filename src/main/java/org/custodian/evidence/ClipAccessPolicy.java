package org.custodian.evidence;

import java.util.Set;

import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.identity.Role;

/**
 * Who sees which clips. Officers see the clips they recorded; supervisors also those of their unit (the unit the
 * clip was catalogued under, see {@code clip.unit_code}); evidence officers, professional standards, data
 * protection officers, auditors and administrators see every clip's record, but opening one that is neither
 * theirs nor their unit's needs a stated reason, since looking at someone else's footage must be justifiable
 * later (DPA 2018 s.62 logging). Auditors see records, never footage. Prosecutors see nothing here: only what is
 * shared with them. A person with several roles gets the widest access any of them gives.
 */
public final class ClipAccessPolicy {

    /** Roles that see every clip's record, each opening of another's clip with a reason. */
    static final Set<Role> WIDE = Set.of(Role.EVIDENCE_OFFICER, Role.PROFESSIONAL_STANDARDS,
            Role.DATA_PROTECTION_OFFICER, Role.AUDITOR, Role.ADMINISTRATOR);
    /** Of those, the roles that may also watch the footage (auditors check records, not footage). */
    static final Set<Role> WIDE_FOOTAGE = Set.of(Role.EVIDENCE_OFFICER, Role.PROFESSIONAL_STANDARDS,
            Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR);
    /** Besides the officer who recorded a clip and their unit's supervisors, who may change what is said of it. */
    static final Set<Role> EDIT_ANY = Set.of(Role.EVIDENCE_OFFICER, Role.ADMINISTRATOR);

    /** The only roles that may open or play a restricted clip (DPA 2018 s.47(2), uk-rules RET-09). */
    static final Set<Role> RESTRICTED = Set.of(Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR);

    public enum Scope { ALL, UNIT, OWN, NONE }

    /** Which clips a search by this viewer may return: a scope, with the collar and unit it is limited to. */
    public record ListScope(Scope scope, CollarNumber collar, UnitCode unit) {
    }

    /** Opening a clip: allowed, allowed once a reason is given, or refused. */
    public enum Access { OPEN, REASON_REQUIRED, REFUSED }

    private ClipAccessPolicy() {
    }

    public static ListScope scope(Viewer viewer) {
        if (viewer.roles().stream().anyMatch(WIDE::contains)) {
            return new ListScope(Scope.ALL, null, null);
        }
        if (viewer.has(Role.SUPERVISOR) && viewer.unit() != null) {
            return new ListScope(Scope.UNIT, viewer.collar(), viewer.unit());
        }
        if (viewer.collar() != null && (viewer.has(Role.OFFICER) || viewer.has(Role.SUPERVISOR))) {
            return new ListScope(Scope.OWN, viewer.collar(), null);
        }
        return new ListScope(Scope.NONE, null, null);
    }

    /** Opening a clip's record (and, for those who may, its footage). */
    public static Access toOpen(Viewer viewer, CollarNumber officer, UnitCode unit) {
        if (ownOrUnit(viewer, officer, unit)) {
            return Access.OPEN;
        }
        return viewer.roles().stream().anyMatch(WIDE::contains) ? Access.REASON_REQUIRED : Access.REFUSED;
    }

    /** Watching or downloading the footage itself. */
    public static Access toPlay(Viewer viewer, CollarNumber officer, UnitCode unit) {
        if (ownOrUnit(viewer, officer, unit)) {
            return Access.OPEN;
        }
        return viewer.roles().stream().anyMatch(WIDE_FOOTAGE::contains) ? Access.REASON_REQUIRED : Access.REFUSED;
    }

    /**
     * Whether the viewer may open or play a clip whose processing is restricted: only data protection officers
     * and administrators, whoever recorded it. Everyone else is refused even their own footage.
     */
    public static boolean mayOpenRestricted(Viewer viewer) {
        return viewer.roles().stream().anyMatch(RESTRICTED::contains);
    }

    /** Changing the category, title, references, notes and bookmarks, and grouping the clip into an incident. */
    public static boolean mayEdit(Viewer viewer, CollarNumber officer, UnitCode unit) {
        return ownOrUnit(viewer, officer, unit) || viewer.roles().stream().anyMatch(EDIT_ANY::contains);
    }

    private static boolean ownOrUnit(Viewer viewer, CollarNumber officer, UnitCode unit) {
        boolean own = viewer.recorded(officer) && (viewer.has(Role.OFFICER) || viewer.has(Role.SUPERVISOR)
                || viewer.roles().stream().anyMatch(WIDE::contains));
        boolean unitSupervisor = viewer.has(Role.SUPERVISOR) && viewer.unit() != null && viewer.unit().equals(unit);
        return own || unitSupervisor;
    }
}
