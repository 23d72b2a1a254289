package org.custodian.retention.web;

import java.util.function.Supplier;

import org.custodian.evidence.ClipId;
import org.custodian.retention.HoldKind;
import org.custodian.retention.Holds;
import org.custodian.retention.Restrictions;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The forms of a clip page's retention section: holds placed, a restriction placed and lifted, each through the
 * same service (checked, audited) as the API. Done, they return to the clip's page with the access reason and
 * purpose it was opened with; refused, they answer with the reason (4xx) and a way back.
 */
@Controller
@RequestMapping("/clips/{id}")
class ClipRetentionForms {

    private final Holds holds;
    private final Restrictions restrictions;
    private final ClipVisibility visibility;

    ClipRetentionForms(Holds holds, Restrictions restrictions, ClipVisibility visibility) {
        this.holds = holds;
        this.restrictions = restrictions;
        this.visibility = visibility;
    }

    @PostMapping("/holds")
    @PreAuthorize(HoldsController.HOLDERS)
    String placeHold(@PathVariable String id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) String reference, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String accessReason, @RequestParam(required = false) String purpose,
            Authentication who, RedirectAttributes flash, HttpServletResponse response, Model model) {
        ClipId clip = ClipId.parse(id);
        return attempt(clip, accessReason, purpose, flash, response, model, () -> {
            if (kind.isBlank()) {
                throw new InvalidValueException("Choose the kind of hold, e.g. Complaint");
            }
            visibility.toChange(clip, who, "clip.hold-placed");
            var hold = holds.place(clip, HoldKind.parse(kind), reference, reason);
            return "Hold placed (" + hold.kind() + (hold.reference() == null ? "" : " " + hold.reference()) + ")";
        });
    }

    @PostMapping("/restriction")
    @PreAuthorize(RestrictionsController.RESTRICTERS)
    String restrict(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String accessReason, @RequestParam(required = false) String purpose,
            RedirectAttributes flash, HttpServletResponse response, Model model) {
        ClipId clip = ClipId.parse(id);
        return attempt(clip, accessReason, purpose, flash, response, model, () -> {
            restrictions.restrict(clip, reason);
            return "Clip restricted: it is kept, and only data protection officers and administrators may open it";
        });
    }

    @PostMapping("/restriction/lift")
    @PreAuthorize(RestrictionsController.RESTRICTERS)
    String lift(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String accessReason, @RequestParam(required = false) String purpose,
            RedirectAttributes flash, HttpServletResponse response, Model model) {
        ClipId clip = ClipId.parse(id);
        return attempt(clip, accessReason, purpose, flash, response, model, () -> {
            restrictions.lift(clip, reason);
            return "Restriction lifted: the clip returns to its rule";
        });
    }

    /** Runs {@code change}; back to the clip's page with its notice, or the problem page saying why not. */
    static String attempt(ClipId clip, String accessReason, String purpose, RedirectAttributes flash,
            HttpServletResponse response, Model model, Supplier<String> change) {
        String back = ClipPageAddress.of(clip, accessReason, purpose);
        try {
            flash.addFlashAttribute("retentionNotice", change.get());
            return "redirect:" + back;
        } catch (InvalidValueException | RuleViolationException | NotFoundException e) {
            return RetentionPageErrors.problem(e, response, model, back);
        }
    }
}
