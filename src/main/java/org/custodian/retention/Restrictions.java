package org.custodian.retention;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipRestrictions;
import org.custodian.retention.jdbc.Deletions;
import org.custodian.retention.jdbc.RestrictionRows;
import org.custodian.retention.jdbc.RetainedClipRows;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricts a clip's processing instead of erasing it (DPA 2018 s.47(2), uk-rules RET-09) and lifts the
 * restriction, each audited in the same transaction. Like a hold, placing one locks the clip's row first, so a
 * clip is never restricted after its deletion has begun; the sweep passes restricted clips by, and once the
 * restriction is lifted the clip returns to its rule at the next sweep. The catalogue asks here before it
 * opens or plays a clip.
 */
@Component
public class Restrictions implements ClipRestrictions {

    private final RestrictionRows restrictions;
    private final RetainedClipRows clips;
    private final Deletions deletions;
    private final AuditLog audit;
    private final Clock clock;

    Restrictions(RestrictionRows restrictions, RetainedClipRows clips, Deletions deletions, AuditLog audit,
            Clock clock) {
        this.restrictions = restrictions;
        this.clips = clips;
        this.deletions = deletions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean restricted(ClipId clip) {
        return restrictions.inForce(clip).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ClipId> restrictedAmong(Collection<ClipId> clips) {
        return restrictions.restrictedAmong(clips);
    }

    @Transactional(readOnly = true)
    public Optional<Restriction> inForce(ClipId clip) {
        return restrictions.inForce(clip);
    }

    @Transactional(readOnly = true)
    public List<Restriction> all(ClipId clip) {
        return restrictions.all(clip);
    }

    /** The restrictions in force, newest first, at most {@code limit}, each with its clip. */
    @Transactional(readOnly = true)
    public List<RestrictedClip> inForce(int limit) {
        return restrictions.inForce(limit);
    }

    @Transactional
    public Restriction restrict(ClipId clip, String reason) {
        if (!clips.lock(clip)) {
            throw new NotFoundException("Clip", clip);
        }
        if (deletions.find(clip).isPresent()) {
            throw new ClipDeletionStartedException(clip);
        }
        restrictions.inForce(clip).ifPresent(r -> {
            throw new RuleViolationException("Clip " + clip + " is already restricted, by " + r.placedBy() + " at "
                    + r.placedAt());
        });
        Restriction placed = restrictions.insert(Restriction.place(clip, reason, AuditLog.currentActor(),
                clock.instant()));
        audit.record(AuditEvent.succeeded("clip.restricted", "clip", clip).withReason(placed.reason())
                .with("restriction", placed.id()));
        return placed;
    }

    @Transactional
    public Restriction lift(ClipId clip, String reason) {
        if (!clips.lock(clip)) {
            throw new NotFoundException("Clip", clip);
        }
        Restriction current = restrictions.inForce(clip)
                .orElseThrow(() -> new RuleViolationException("Clip " + clip + " is not restricted"));
        Restriction lifted = current.lift(AuditLog.currentActor(), clock.instant(), reason);
        restrictions.lift(lifted);
        audit.record(AuditEvent.succeeded("clip.restriction-lifted", "clip", clip).withReason(lifted.liftReason())
                .with("restriction", lifted.id()).with("placedBy", lifted.placedBy()));
        return lifted;
    }
}
