package org.custodian.retention;

import java.time.Instant;

import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Viewer;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;

/**
 * The facts of a clip retention works from: its category as stored, when it was recorded, by whom, where, and
 * the unit it was catalogued under.
 */
public record RetainedClip(ClipId id, String category, Instant recordedAt, String status, String officer,
        String unit, String camera) {

    /**
     * Whether {@code viewer} may see this clip's retention and holds: whenever the catalogue would let them see
     * its record ({@link ClipAccessPolicy#toOpen}, a stated reason aside, since no footage is shown).
     */
    public boolean visibleTo(Viewer viewer) {
        return ClipAccessPolicy.toOpen(viewer, officer == null ? null : CollarNumber.of(officer),
                unit == null ? null : UnitCode.of(unit)) != ClipAccessPolicy.Access.REFUSED;
    }

    public boolean deleted() {
        return "DELETED".equals(status);
    }
}
