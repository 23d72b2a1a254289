package org.custodian.retention;

import java.time.Clock;
import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Viewer;
import org.custodian.retention.jdbc.Deletions;
import org.custodian.retention.jdbc.HoldRows;
import org.custodian.retention.jdbc.RetainedClipRows;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places and releases holds, each audited with who, when and why in the same transaction. A hold and
 * the start of a deletion both lock the clip's row first, so a clip is never held after its deletion has
 * begun nor deleted after a hold was placed (uk-rules RET-05; DPA 2018 s.173 makes erasing footage after a
 * subject access request an offence).
 */
@Component
public class Holds {

    private final HoldRows holds;
    private final RetainedClipRows clips;
    private final Deletions deletions;
    private final AuditLog audit;
    private final Clock clock;

    Holds(HoldRows holds, RetainedClipRows clips, Deletions deletions, AuditLog audit, Clock clock) {
        this.holds = holds;
        this.clips = clips;
        this.deletions = deletions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Hold place(ClipId clip, HoldKind kind, String reference, String reason) {
        if (!clips.lock(clip)) {
            throw new NotFoundException("Clip", clip);
        }
        if (deletions.find(clip).isPresent()) {
            throw new ClipDeletionStartedException(clip);
        }
        Hold hold = holds.insert(Hold.place(clip, kind, reference, reason, AuditLog.currentActor(), clock.instant()));
        AuditEvent placed = AuditEvent.succeeded("clip.hold-placed", "clip", clip).withReason(hold.reason())
                .with("hold", hold.id()).with("kind", kind);
        audit.record(hold.reference() == null ? placed : placed.with("reference", hold.reference()));
        return hold;
    }

    @Transactional
    public Hold release(long holdId, String reason) {
        Hold hold = holds.lock(holdId).orElseThrow(() -> new NotFoundException("Hold", holdId));
        Hold released = hold.release(AuditLog.currentActor(), clock.instant(), reason);
        holds.release(released);
        audit.record(AuditEvent.succeeded("clip.hold-released", "clip", hold.clip()).withReason(released.releaseReason())
                .with("hold", hold.id()).with("kind", hold.kind()).with("placedBy", hold.placedBy()));
        return released;
    }

    @Transactional(readOnly = true)
    public Hold require(long holdId) {
        return holds.find(holdId).orElseThrow(() -> new NotFoundException("Hold", holdId));
    }

    @Transactional(readOnly = true)
    public List<Hold> inForce(ClipId clip) {
        return holds.inForce(clip);
    }

    /**
     * The holds in force that {@code viewer} may see, newest first, at most {@code limit}: on the clips the catalogue
     * lets them list (evidence.ClipAccessPolicy), and on restricted clips only for those who may open those.
     */
    @Transactional(readOnly = true)
    public List<HeldClip> inForce(Viewer viewer, int limit) {
        return holds.inForce(ClipAccessPolicy.scope(viewer), ClipAccessPolicy.mayOpenRestricted(viewer), limit);
    }

    @Transactional(readOnly = true)
    public List<Hold> all(ClipId clip) {
        return holds.all(clip);
    }
}
