package org.custodian.retention.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.retention.ClipCategory;
import org.custodian.retention.DeletionRequest;
import org.custodian.retention.DeletionRequests;
import org.custodian.retention.DeletionSelection;
import org.custodian.retention.RetainedClip;
import org.custodian.retention.web.RetentionJson.ReceiptJson;
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

/**
 * Early deletion of chosen clips: an administrator proposes it and sees what it would delete and what it
 * leaves out (held, restricted and evidential clips never go); a different administrator approves it
 * (uk-rules INT-09). Officers can never delete footage.
 */
@RestController
@RequestMapping("/api/v1/retention/deletions")
@Tag(name = "Retention: deletion requests", description = "Deleting chosen clips early, with a preview and four eyes")
class DeletionRequestsController {

    record Proposal(List<String> clipIds, String unit, String category, String from, String to, String reason) {
    }

    record RequestJson(long id, String state, String reason, String criteria, int clips, String proposedBy,
            Instant proposedAt, String decidedBy, Instant decidedAt) {

        static RequestJson of(DeletionRequest r) {
            return new RequestJson(r.id(), r.state().name(), r.reason(), r.criteria(), r.clips().size(), r.proposedBy(),
                    r.proposedAt(), r.decidedBy(), r.decidedAt());
        }
    }

    record CountJson(String unit, String category, long clips) {
    }

    record ClipJson(String clipId, String officer, String unit, String camera, String category, Instant recordedAt) {

        static ClipJson of(RetainedClip c) {
            return new ClipJson(c.id().toString(), c.officer(), c.unit(), c.camera(),
                    ClipCategory.ofColumn(c.category()).map(Enum::name).orElse(c.category()), c.recordedAt());
        }
    }

    record ExcludedJson(String clipId, String reason) {

        static List<ExcludedJson> of(List<DeletionRequests.Excluded> excluded) {
            return excluded.stream().map(e -> new ExcludedJson(e.clip().toString(), e.why())).toList();
        }
    }

    record PreviewJson(RequestJson request, int wouldDelete, List<CountJson> counts, List<ClipJson> clips,
            List<ExcludedJson> excluded) {

        static PreviewJson of(DeletionRequests.Preview p) {
            return new PreviewJson(RequestJson.of(p.request()), p.clips().size(),
                    p.counts().stream().map(c -> new CountJson(c.unit(), c.category(), c.clips())).toList(),
                    p.clips().stream().map(ClipJson::of).toList(), ExcludedJson.of(p.excluded()));
        }
    }

    record ApprovalJson(RequestJson request, int deleted, int failed, List<ReceiptJson> receipts,
            List<ExcludedJson> skipped) {
    }

    record Rejection(String reason) {
    }

    private final DeletionRequests requests;
    private final AuditLog audit;

    DeletionRequestsController(DeletionRequests requests, AuditLog audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Proposes deleting chosen clips early (by clipIds, or a search: from, to, unit, category) "
            + "and shows what it would delete and what it leaves out; nothing is deleted until another "
            + "administrator approves")
    PreviewJson propose(@RequestBody Proposal body, Authentication who) {
        if (body == null) {
            throw new InvalidValueException("A deletion request needs clipIds or a search, and a reason");
        }
        return PreviewJson.of(requests.propose(selection(body), body.reason(), who.getName()));
    }

    /** The clips a proposal chooses, as the API and the page take them. */
    static DeletionSelection selection(Proposal body) {
        List<ClipId> ids = body.clipIds() == null ? List.of() : body.clipIds().stream().map(ClipId::parse).toList();
        return new DeletionSelection(ids, body.unit(),
                body.category() == null || body.category().isBlank() ? null : ClipCategory.parse(body.category()),
                instant(body.from(), "from"), instant(body.to(), "to"));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'AUDITOR', 'ADMINISTRATOR')")
    @Operation(summary = "The request and what it would delete now")
    PreviewJson preview(@PathVariable long id) {
        return previewed(requests, audit, id);
    }

    /** The request's preview, its reading audited, for the API and the page alike. */
    static PreviewJson previewed(DeletionRequests requests, AuditLog audit, long id) {
        PreviewJson preview = PreviewJson.of(requests.preview(id));
        audit.record(AuditEvent.succeeded("retention.deletion-previewed", "deletion-request", id)
                .with("wouldDelete", preview.wouldDelete()));
        return preview;
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Approves the request and deletes its clips that are still deletable; refused to its "
            + "proposer")
    ApprovalJson approve(@PathVariable long id, Authentication who) {
        DeletionRequests.Approval approval = requests.approve(id, who.getName());
        return new ApprovalJson(RequestJson.of(approval.request()), approval.deleted().deleted(),
                approval.deleted().failed(), approval.deleted().receipts().stream().map(ReceiptJson::of).toList(),
                ExcludedJson.of(approval.skipped()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Turns the request down")
    RequestJson reject(@PathVariable long id, @RequestBody(required = false) Rejection body, Authentication who) {
        return RequestJson.of(requests.reject(id, who.getName(), body == null ? null : body.reason()));
    }

    private static Instant instant(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name + " must be an ISO-8601 instant, e.g. 2031-03-01T00:00:00Z; got '"
                    + text + "'");
        }
    }
}
