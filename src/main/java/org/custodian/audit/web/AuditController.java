package org.custodian.audit.web;

import java.time.Instant;
import java.util.List;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The hash-chained log of every change and every read of footage")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR', 'PROFESSIONAL_STANDARDS')")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain and report whether it is intact, and the first broken entry if not")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping("/entries")
    @Operation(summary = "Read the log, newest first")
    List<AuditEntry> entries(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return audit.find(new AuditQuery(actor, action, subjectType, subjectId, from, to, page, size));
    }
}
