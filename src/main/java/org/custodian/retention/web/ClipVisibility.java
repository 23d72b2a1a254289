package org.custodian.retention.web;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Viewer;
import org.custodian.identity.Accounts;
import org.custodian.retention.RetentionSchedule;
import org.custodian.retention.RetentionSchedule.ClipRetention;
import org.custodian.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read or change a clip's retention: whoever the catalogue lets see the clip (an officer their own, a
 * supervisor their unit's). Anyone else is told the clip does not exist, and the refusal is audited, so a hold
 * cannot be used to find out which clips exist or to keep another unit's footage.
 */
@Component
class ClipVisibility {

    private final RetentionSchedule schedule;
    private final Accounts accounts;
    private final AuditLog audit;

    ClipVisibility(RetentionSchedule schedule, Accounts accounts, AuditLog audit) {
        this.schedule = schedule;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The clip's retention for reading: refused (audited as {@code action}) when hidden from or restricted for them. */
    ClipRetention toRead(ClipId clip, Authentication who, String action) {
        ClipRetention retention = toChange(clip, who, action);
        if (retention.restrictedFrom(viewer(who))) {
            audit.record(AuditEvent.denied(action, "clip", clip).with("refused", "processing restricted"));
            throw new AccessDeniedException("Clip " + clip + " is restricted");
        }
        return retention;
    }

    /** The clip's retention before a change: refused (audited as {@code action}) when the clip is hidden from them. */
    ClipRetention toChange(ClipId clip, Authentication who, String action) {
        ClipRetention retention = schedule.of(clip);
        if (!retention.clip().visibleTo(viewer(who))) {
            audit.record(AuditEvent.denied(action, "clip", clip));
            throw new NotFoundException("Clip", clip);
        }
        return retention;
    }

    private Viewer viewer(Authentication who) {
        return Viewer.of(accounts.require(who.getName()));
    }
}
