package org.custodian.retention.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.retention.HoldKind;
import org.custodian.retention.Holds;
import org.custodian.retention.web.RetentionJson.HoldJson;
import org.custodian.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Holds on clips: placed and released with a reason by the staff who handle cases, complaints and requests. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Retention: holds", description = "Holds that keep footage whatever its rule says")
class HoldsController {

    static final String HOLDERS = "hasAnyRole('SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
            + "'PROFESSIONAL_STANDARDS', 'ADMINISTRATOR')";

    record PlaceHold(String kind, String reference, String reason) {
    }

    record ReleaseHold(String reason) {
    }

    private final Holds holds;
    private final ClipVisibility visibility;
    private final AuditLog audit;

    HoldsController(Holds holds, ClipVisibility visibility, AuditLog audit) {
        this.holds = holds;
        this.visibility = visibility;
        this.audit = audit;
    }

    @PostMapping("/clips/{id}/holds")
    @PreAuthorize(HOLDERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Places a hold: the clip is not deleted until every hold on it is released")
    HoldJson place(@PathVariable String id, @RequestBody PlaceHold body, Authentication who) {
        if (body == null || body.kind() == null) {
            throw new InvalidValueException("A hold needs a kind, e.g. COMPLAINT");
        }
        ClipId clip = ClipId.parse(id);
        visibility.toChange(clip, who, "clip.hold-placed");
        return HoldJson.of(holds.place(clip, HoldKind.parse(body.kind()), body.reference(), body.reason()));
    }

    @PostMapping("/holds/{id}/release")
    @PreAuthorize(HOLDERS)
    @Operation(summary = "Releases a hold; the clip returns to its rule")
    HoldJson release(@PathVariable long id, @RequestBody ReleaseHold body, Authentication who) {
        visibility.toChange(holds.require(id).clip(), who, "clip.hold-released");
        return HoldJson.of(holds.release(id, body == null ? null : body.reason()));
    }

    @GetMapping("/clips/{id}/holds")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
            + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
    @Operation(summary = "Every hold ever placed on the clip, released ones included")
    List<HoldJson> ofClip(@PathVariable String id, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        visibility.toRead(clipId, who, "clip.holds-read");
        audit.record(AuditEvent.succeeded("clip.holds-read", "clip", clipId));
        return holds.all(clipId).stream().map(HoldJson::of).toList();
    }
}
