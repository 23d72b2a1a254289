package org.custodian.retention.web;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.retention.Policies;
import org.custodian.retention.RetentionSchedule;
import org.springframework.stereotype.Component;

/** What a policy version would delete if it came in force now, for the API and the page alike; each look audited. */
@Component
class PolicyPreviews {

    private final Policies policies;
    private final RetentionSchedule schedule;
    private final AuditLog audit;

    PolicyPreviews(Policies policies, RetentionSchedule schedule, AuditLog audit) {
        this.policies = policies;
        this.schedule = schedule;
        this.audit = audit;
    }

    RetentionSchedule.Preview of(int version) {
        RetentionSchedule.Preview preview = schedule.preview(policies.version(version).policy());
        audit.record(AuditEvent.succeeded("retention.policy-previewed", "retention-policy", version)
                .with("wouldDelete", preview.total()));
        return preview;
    }
}
