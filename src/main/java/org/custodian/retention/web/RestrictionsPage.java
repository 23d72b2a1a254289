package org.custodian.retention.web;

import java.util.List;
import java.util.function.Supplier;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.retention.RestrictedClip;
import org.custodian.retention.Restrictions;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /retention/restrictions}: the clips whose processing is restricted instead of erased (DPA 2018 s.47(2)),
 * for the data protection officer who answers for them: who restricted each and why, a form to restrict a clip by
 * its id (as a request names it) and one to lift each. Auditors see the list; every view is audited.
 */
@Controller
@RequestMapping("/retention/restrictions")
class RestrictionsPage {

    static final int SHOWN = 500;

    private final Restrictions restrictions;
    private final AuditLog audit;

    RestrictionsPage(Restrictions restrictions, AuditLog audit) {
        this.restrictions = restrictions;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'AUDITOR', 'ADMINISTRATOR')")
    String list(Model model) {
        List<RestrictedClip> restricted = restrictions.inForce(SHOWN);
        audit.record(AuditEvent.succeeded("retention.restrictions-viewed", "retention", "restrictions")
                .with("count", restricted.size()));
        model.addAttribute("restrictions", restricted);
        model.addAttribute("shown", SHOWN);
        return "retention/restrictions";
    }

    @PostMapping
    @PreAuthorize(RestrictionsController.RESTRICTERS)
    String restrict(@RequestParam(defaultValue = "") String clip, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash, HttpServletResponse response, Model model) {
        return attempt(flash, response, model, () -> {
            if (clip.isBlank()) {
                throw new InvalidValueException("Give the id of the clip to restrict");
            }
            return "Clip " + restrictions.restrict(ClipId.parse(clip.trim()), reason).clip() + " restricted";
        });
    }

    @PostMapping("/{clip}/lift")
    @PreAuthorize(RestrictionsController.RESTRICTERS)
    String lift(@PathVariable String clip, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash,
            HttpServletResponse response, Model model) {
        return attempt(flash, response, model,
                () -> "Restriction of clip " + restrictions.lift(ClipId.parse(clip), reason).clip() + " lifted");
    }

    /** Runs {@code change}; back to the list with its notice, or the list again with the refusal (4xx). */
    private String attempt(RedirectAttributes flash, HttpServletResponse response, Model model,
            Supplier<String> change) {
        try {
            flash.addFlashAttribute("notice", change.get());
            return "redirect:/retention/restrictions";
        } catch (InvalidValueException | RuleViolationException | NotFoundException e) {
            response.setStatus(RetentionPageErrors.status(e));
            model.addAttribute("error", e.getMessage());
            return list(model);
        }
    }
}
