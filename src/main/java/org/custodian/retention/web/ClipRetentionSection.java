package org.custodian.retention.web;

import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipSection;
import org.custodian.retention.RetentionSchedule;
import org.springframework.stereotype.Component;

/** Adds {@code retention} to {@code GET /api/v1/clips/{id}}: the governing rule, its dates and the holds in force. */
@Component
class ClipRetentionSection implements ClipSection {

    private final RetentionSchedule schedule;

    ClipRetentionSection(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public Object of(Clip clip) {
        return RetentionJson.of(schedule.of(clip.id()));
    }
}
