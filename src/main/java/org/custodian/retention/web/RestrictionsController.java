package org.custodian.retention.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.retention.Restrictions;
import org.custodian.retention.web.RetentionJson.RestrictionJson;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Restriction instead of erasure (DPA 2018 s.47(2), uk-rules RET-09): a data protection officer or an administrator
 * restricts a clip that must be kept although it would otherwise go, e.g. while its accuracy is contested or it is
 * needed for legal claims. The sweep keeps it, and only they may open it, until they lift the restriction.
 */
@RestController
@RequestMapping("/api/v1/clips/{id}")
@Tag(name = "Retention: restriction", description = "Keeping a clip with its processing restricted")
class RestrictionsController {

    static final String RESTRICTERS = "hasAnyRole('DATA_PROTECTION_OFFICER', 'ADMINISTRATOR')";

    record Reason(String reason) {
    }

    private final Restrictions restrictions;
    private final AuditLog audit;

    RestrictionsController(Restrictions restrictions, AuditLog audit) {
        this.restrictions = restrictions;
        this.audit = audit;
    }

    @PostMapping("/restriction")
    @PreAuthorize(RESTRICTERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Restricts the clip: kept when due, opened only by data protection officers and administrators")
    RestrictionJson restrict(@PathVariable String id, @RequestBody(required = false) Reason body) {
        return RestrictionJson.of(restrictions.restrict(ClipId.parse(id), body == null ? null : body.reason()));
    }

    @PostMapping("/restriction/lift")
    @PreAuthorize(RESTRICTERS)
    @Operation(summary = "Lifts the restriction; the clip returns to its rule and is deleted at the next sweep if due")
    RestrictionJson lift(@PathVariable String id, @RequestBody(required = false) Reason body) {
        return RestrictionJson.of(restrictions.lift(ClipId.parse(id), body == null ? null : body.reason()));
    }

    @GetMapping("/restrictions")
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'AUDITOR', 'ADMINISTRATOR')")
    @Operation(summary = "Every restriction ever placed on the clip, lifted ones included")
    List<RestrictionJson> all(@PathVariable String id) {
        ClipId clip = ClipId.parse(id);
        List<RestrictionJson> all = restrictions.all(clip).stream().map(RestrictionJson::of).toList();
        audit.record(AuditEvent.succeeded("clip.restrictions-read", "clip", clip).with("count", all.size()));
        return all;
    }
}
