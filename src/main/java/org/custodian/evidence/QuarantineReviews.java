package org.custodian.evidence;

import java.time.Clock;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.jdbc.Clips;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what a quarantined clip is, on the written word of the signed-in reviewer: released as the camera's
 * original, or confirmed corrupt. Which roles may review is the callers' to enforce (the API and the dock status
 * page); the decision and the audit entry are made here in one transaction.
 */
@Component
public class QuarantineReviews {

    private final Clips clips;
    private final AuditLog audit;
    private final Clock clock;

    QuarantineReviews(Clips clips, AuditLog audit, Clock clock) {
        this.clips = clips;
        this.audit = audit;
        this.clock = clock;
    }

    /** Trusts the clip from now on; its device's claim and this decision stay on record. */
    @Transactional
    public Clip release(ClipId id, String reason) {
        Clip clip = require(id).release(AuditLog.currentActor(), clock.instant(), reason);
        return recorded(clip, "clip.released-from-quarantine");
    }

    /** Keeps the clip in quarantine, marked as reviewed and found not to be what the camera recorded. */
    @Transactional
    public Clip confirmCorrupt(ClipId id, String reason) {
        Clip clip = require(id).confirmCorrupt(AuditLog.currentActor(), clock.instant(), reason);
        return recorded(clip, "clip.corruption-confirmed");
    }

    private Clip require(ClipId id) {
        return clips.find(id).orElseThrow(() -> new NotFoundException("Clip", id));
    }

    private Clip recorded(Clip clip, String action) {
        if (!clips.review(clip)) {
            throw new ClipNotQuarantinedException("Clip " + clip.id() + " was reviewed by someone else meanwhile");
        }
        audit.record(AuditEvent.succeeded(action, "clip", clip.id()).withReason(clip.review().reason())
                .with("sha256", clip.sha256().hex()).with("deviceSha256", clip.deviceSha256().hex())
                .with("status", clip.status().name()));
        return clip;
    }
}
