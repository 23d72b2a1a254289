package org.custodian.retention.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Viewer;
import org.custodian.identity.Accounts;
import org.custodian.retention.HeldClip;
import org.custodian.retention.Hold;
import org.custodian.retention.Holds;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /retention/holds}: the holds in force, so that whoever placed one can see it is still needed and release
 * it when the case, complaint or request is closed (uk-rules RET-05). Listed as the catalogue lists clips: an
 * officer sees holds on their own clips, a supervisor their unit's; only the roles that place holds release them.
 * Every view is audited, as it lists clips.
 */
@Controller
class HoldsPage {

    static final int SHOWN = 500;

    private final Holds holds;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ClipVisibility visibility;

    HoldsPage(Holds holds, Accounts accounts, AuditLog audit, ClipVisibility visibility) {
        this.holds = holds;
        this.accounts = accounts;
        this.audit = audit;
        this.visibility = visibility;
    }

    @GetMapping("/retention/holds")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
            + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
    String list(Authentication who, Model model) {
        Viewer viewer = Viewer.of(accounts.require(who.getName()));
        List<HeldClip> held = holds.inForce(viewer, SHOWN);
        ClipAccessPolicy.Scope scope = ClipAccessPolicy.scope(viewer).scope();
        audit.record(AuditEvent.succeeded("retention.holds-viewed", "retention", "holds").with("scope", scope)
                .with("count", held.size()));
        model.addAttribute("holds", held);
        model.addAttribute("own", scope == ClipAccessPolicy.Scope.OWN || scope == ClipAccessPolicy.Scope.NONE);
        model.addAttribute("unit", scope == ClipAccessPolicy.Scope.UNIT);
        model.addAttribute("shown", SHOWN);
        return "retention/holds";
    }

    /** Releases a hold, from this page or from the clip's page ({@code from=clip}), returning there. */
    @PostMapping("/retention/holds/{id}/release")
    @PreAuthorize(HoldsController.HOLDERS)
    String release(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String from, @RequestParam(required = false) String clip,
            @RequestParam(required = false) String accessReason,
            @RequestParam(required = false) String purpose, Authentication who, RedirectAttributes flash,
            HttpServletResponse response, Model model) {
        try {
            visibility.toChange(holds.require(id).clip(), who, "clip.hold-released");
            Hold released = holds.release(id, reason);
            String notice = "Hold " + id + " (" + released.kind() + ") released";
            if ("clip".equals(from)) {
                flash.addFlashAttribute("retentionNotice", notice);
                return "redirect:" + ClipPageAddress.of(released.clip(), accessReason, purpose);
            }
            flash.addFlashAttribute("notice", notice);
            return "redirect:/retention/holds";
        } catch (InvalidValueException | RuleViolationException | NotFoundException e) {
            if ("clip".equals(from)) {
                return RetentionPageErrors.problem(e, response, model, clip == null ? null
                        : ClipPageAddress.of(ClipId.parse(clip), accessReason, purpose));
            }
            response.setStatus(RetentionPageErrors.status(e));
            model.addAttribute("error", e.getMessage());
            return list(who, model);
        }
    }
}
