package org.custodian.retention.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.retention.RetentionProperties;
import org.custodian.retention.RetentionSchedule;
import org.custodian.retention.web.RetentionJson.DueJson;
import org.custodian.shared.InvalidValueException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Clips with no hold that are deleted within the next days, soonest first, as the API and the page list them:
 * an officer's own, or every clip for those who see all. Each listing is audited.
 */
@Component
class ExpiringClips {

    /** What was listed: the window in days, whether only the viewer's own clips, and the clips. */
    record Listing(int days, boolean own, List<DueJson> clips) {
    }

    private final RetentionSchedule schedule;
    private final RetentionProperties properties;
    private final RetentionViewers viewers;
    private final AuditLog audit;

    ExpiringClips(RetentionSchedule schedule, RetentionProperties properties, RetentionViewers viewers,
            AuditLog audit) {
        this.schedule = schedule;
        this.properties = properties;
        this.viewers = viewers;
        this.audit = audit;
    }

    /** The listing for {@code who}; {@code days} null means the configured warning period. */
    Listing list(Integer days, Authentication who, String action) {
        int window = days == null ? properties.warningDays() : days;
        if (window < 0 || window > 3660) {
            throw new InvalidValueException("days must be between 0 and 3660; got " + window);
        }
        RetentionViewers.Viewer viewer = viewers.of(who);
        List<DueJson> due = viewer.seesAll() || viewer.collar() != null
                ? schedule.expiring(window, viewer.seesAll() ? null : viewer.collar()).stream().map(DueJson::of)
                        .toList()
                : List.of();
        audit.record(AuditEvent.succeeded(action, "retention", "expiring").with("days", window)
                .with("count", due.size()));
        return new Listing(window, !viewer.seesAll(), due);
    }
}
