package org.custodian.ingest.web;

import java.util.function.Supplier;

import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.QuarantineReviews;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dock status page's quarantine forms: the same decisions as the clips API, then back to the page with
 * a notice or the refusal's message, so a reload never repeats a decision.
 */
@Controller
@RequestMapping("/ingest/quarantine/{id}")
@PreAuthorize(QuarantineForms.REVIEWERS)
class QuarantineForms {

    static final String REVIEWERS = "hasAnyRole('EVIDENCE_OFFICER', 'ADMINISTRATOR')";

    private final QuarantineReviews reviews;

    QuarantineForms(QuarantineReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/release")
    String release(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        return attempt(flash, () -> reviews.release(ClipId.parse(id), reason), "released from quarantine");
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        return attempt(flash, () -> reviews.confirmCorrupt(ClipId.parse(id), reason), "confirmed corrupt");
    }

    private static String attempt(RedirectAttributes flash, Supplier<Clip> decision, String done) {
        try {
            flash.addFlashAttribute("notice", "Clip " + decision.get().id() + " " + done);
        } catch (InvalidValueException | RuleViolationException | NotFoundException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/ingest#quarantined";
    }
}
