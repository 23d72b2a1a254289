package org.custodian.retention.web;

import java.time.Instant;
import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.retention.RetentionSchedule.ClipRetention;
import org.custodian.retention.RetentionSweep;
import org.custodian.retention.web.RetentionJson.DueJson;
import org.custodian.retention.web.RetentionJson.ReceiptJson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A clip's retention, the clips about to expire (seen as in the catalogue), and the sweep, which only an
 * administrator can run: officers can never delete footage. Every read and run is audited.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Retention", description = "When footage is deleted, what expires soon, and the deletion sweep")
class RetentionController {

    private final ClipVisibility visibility;
    private final RetentionSweep sweep;
    private final ExpiringClips expiringClips;
    private final AuditLog audit;

    RetentionController(ClipVisibility visibility, RetentionSweep sweep, ExpiringClips expiringClips,
            AuditLog audit) {
        this.visibility = visibility;
        this.sweep = sweep;
        this.expiringClips = expiringClips;
        this.audit = audit;
    }

    @GetMapping("/clips/{id}/retention")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
            + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
    @Operation(summary = "The rule governing a clip, when it will be deleted or reviewed, and the holds in force")
    RetentionJson of(@PathVariable String id, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        ClipRetention retention = visibility.toRead(clipId, who, "clip.retention-read");
        audit.record(AuditEvent.succeeded("clip.retention-read", "clip", clipId));
        return RetentionJson.of(retention);
    }

    @GetMapping("/retention/expiring")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
            + "'PROFESSIONAL_STANDARDS', 'ADMINISTRATOR')")
    @Operation(summary = "Clips with no hold that are deleted within the next days (default 7), soonest first; "
            + "limited as the catalogue limits searches: an officer their own, a supervisor their unit's")
    List<DueJson> expiring(@RequestParam(required = false) Integer days, Authentication who) {
        return expiringClips.list(days, who, "retention.expiring-listed").clips();
    }

    record SweepJson(Instant startedAt, int deleted, int failed, List<ReceiptJson> receipts) {
    }

    @PostMapping("/retention/sweep")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Runs the retention sweep now and returns the receipts of what it deleted")
    SweepJson sweep() {
        RetentionSweep.Report report = sweep.sweep();
        audit.record(AuditEvent.succeeded("retention.swept", "retention", "sweep").with("deleted", report.deleted())
                .with("failed", report.failed()));
        return new SweepJson(report.startedAt(), report.deleted(), report.failed(),
                report.receipts().stream().map(ReceiptJson::of).toList());
    }
}
