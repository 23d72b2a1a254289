package org.custodian.retention.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.retention.RetentionProperties;
import org.custodian.retention.RetentionSchedule;
import org.custodian.retention.web.RetentionJson.DueJson;
import org.custodian.shared.InvalidValueException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /retention/expiring}: footage about to be deleted, so that whoever knows it is needed can mark or
 * hold it in time (uk-rules RET-04; IOPC Surrey 2022, where footage went after 30 days because nobody did).
 * An officer sees their own clips; supervisors and the staff who handle complaints and requests see all.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'ADMINISTRATOR')")
class ExpiringPage {

    private final RetentionSchedule schedule;
    private final RetentionProperties properties;
    private final RetentionViewers viewers;
    private final AuditLog audit;

    ExpiringPage(RetentionSchedule schedule, RetentionProperties properties, RetentionViewers viewers, AuditLog audit) {
        this.schedule = schedule;
        this.properties = properties;
        this.viewers = viewers;
        this.audit = audit;
    }

    @GetMapping("/retention/expiring")
    String expiring(@RequestParam(required = false) Integer days, Authentication who, Model model) {
        int window = days == null ? properties.warningDays() : days;
        if (window < 0 || window > 3660) {
            throw new InvalidValueException("days must be between 0 and 3660; got " + window);
        }
        RetentionViewers.Viewer viewer = viewers.of(who);
        List<DueJson> due = viewer.seesAll() || viewer.collar() != null
                ? schedule.expiring(window, viewer.seesAll() ? null : viewer.collar()).stream().map(DueJson::of)
                        .toList()
                : List.of();
        audit.record(AuditEvent.succeeded("retention.expiring-viewed", "retention", "expiring")
                .with("days", window).with("count", due.size()));
        model.addAttribute("days", window);
        model.addAttribute("own", !viewer.seesAll());
        model.addAttribute("clips", due);
        return "retention/expiring";
    }
}
