package org.custodian.retention.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.Viewer;
import org.custodian.identity.Accounts;
import org.custodian.retention.RetentionProperties;
import org.custodian.retention.RetentionSchedule;
import org.custodian.retention.web.RetentionJson.DueJson;
import org.custodian.shared.InvalidValueException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Clips with no hold or restriction that are deleted within the next days, soonest first, as the API and the
 * page list them, limited as the catalogue limits searches (evidence.ClipAccessPolicy): an officer's own, a
 * supervisor's unit's and own, every clip for those who see all. Each listing is audited.
 */
@Component
class ExpiringClips {

    /**
     * What was listed: the window in days, whether only the viewer's own clips or their unit's (and their own),
     * and the clips.
     */
    record Listing(int days, boolean own, boolean unit, List<DueJson> clips) {
    }

    private final RetentionSchedule schedule;
    private final RetentionProperties properties;
    private final Accounts accounts;
    private final AuditLog audit;

    ExpiringClips(RetentionSchedule schedule, RetentionProperties properties, Accounts accounts, AuditLog audit) {
        this.schedule = schedule;
        this.properties = properties;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The listing for {@code who}; {@code days} null means the configured warning period. */
    Listing list(Integer days, Authentication who, String action) {
        int window = days == null ? properties.warningDays() : days;
        if (window < 0 || window > 3660) {
            throw new InvalidValueException("days must be between 0 and 3660; got " + window);
        }
        ClipAccessPolicy.ListScope scope = ClipAccessPolicy.scope(Viewer.of(accounts.require(who.getName())));
        List<DueJson> due = schedule.expiring(window, scope).stream().map(DueJson::of).toList();
        audit.record(AuditEvent.succeeded(action, "retention", "expiring").with("days", window)
                .with("scope", scope.scope()).with("count", due.size()));
        return new Listing(window, scope.scope() == ClipAccessPolicy.Scope.OWN
                || scope.scope() == ClipAccessPolicy.Scope.NONE, scope.scope() == ClipAccessPolicy.Scope.UNIT, due);
    }
}
