package org.custodian.retention.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.custodian.audit.AuditLog;
import org.custodian.retention.ClipCategory;
import org.custodian.retention.DeletionRequest;
import org.custodian.retention.DeletionRequests;
import org.custodian.retention.web.DeletionRequestsController.PreviewJson;
import org.custodian.retention.web.DeletionRequestsController.RequestJson;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * {@code /retention/deletions}: early deletion of chosen clips with four eyes (uk-rules INT-09). An administrator
 * proposes one, by clip ids or by a search, and sees what it would delete and what it leaves out (held,
 * restricted, evidential); a different administrator approves it on the request's page. Everything goes through
 * {@link DeletionRequests}, checked and audited as for the API; a refusal is shown on the page.
 */
@Controller
@RequestMapping("/retention/deletions")
@PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'AUDITOR', 'ADMINISTRATOR')")
class DeletionRequestsPage {

    static final int SHOWN = 100;

    private final DeletionRequests requests;
    private final AuditLog audit;

    DeletionRequestsPage(DeletionRequests requests, AuditLog audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("requests", requests.newest(SHOWN).stream().map(RequestJson::of).toList());
        model.addAttribute("categories", Arrays.stream(ClipCategory.values()).filter(c -> !c.evidential()).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "retention/deletions";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String propose(@RequestParam Map<String, String> form, Authentication who, RedirectAttributes flash,
            HttpServletResponse response, Model model) {
        try {
            var proposal = new DeletionRequestsController.Proposal(ids(form.get("clipIds")), form.get("unit"),
                    form.get("category"), instant(form.get("from")), instant(form.get("to")), form.get("reason"));
            DeletionRequests.Preview preview = requests.propose(DeletionRequestsController.selection(proposal),
                    proposal.reason(), who.getName());
            DeletionRequest request = preview.request();
            // The request keeps only the clips it would delete; what was left out is shown once, on arrival.
            flash.addFlashAttribute("leftOut", DeletionRequestsController.ExcludedJson.of(preview.excluded()));
            flash.addFlashAttribute("notice", "Deletion request " + request.id() + " recorded. Nothing is deleted "
                    + "until a different administrator approves it.");
            return "redirect:/retention/deletions/" + request.id();
        } catch (InvalidValueException | RuleViolationException e) {
            response.setStatus(RetentionPageErrors.status(e));
            model.addAttribute("error", e.getMessage());
            model.addAttribute("form", form);
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String request(@PathVariable long id, Authentication who, Model model) {
        PreviewJson preview = DeletionRequestsController.previewed(requests, audit, id);
        model.addAttribute("preview", preview);
        if (!model.containsAttribute("leftOut")) {
            model.addAttribute("leftOut", preview.excluded());
        }
        model.addAttribute("request", preview.request());
        model.addAttribute("proposedByYou", preview.request().proposedBy().equals(who.getName()));
        return "retention/deletion";
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String approve(@PathVariable long id, Authentication who, RedirectAttributes flash, HttpServletResponse response,
            Model model) {
        try {
            DeletionRequests.Approval approval = requests.approve(id, who.getName());
            flash.addFlashAttribute("notice", "Approved: " + approval.deleted().deleted() + " clip(s) deleted"
                    + (approval.deleted().failed() == 0 ? "" : ", " + approval.deleted().failed()
                            + " failed (the sweep finishes them)")
                    + (approval.skipped().isEmpty() ? "" : ", " + approval.skipped().size()
                            + " left alone as held, restricted or otherwise kept since the request was made"));
            return "redirect:/retention/deletions/" + id;
        } catch (RuleViolationException e) {
            return refused(e, id, who, response, model);
        }
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication who,
            RedirectAttributes flash, HttpServletResponse response, Model model) {
        try {
            requests.reject(id, who.getName(), reason);
            flash.addFlashAttribute("notice", "Deletion request " + id + " was turned down; nothing was deleted");
            return "redirect:/retention/deletions/" + id;
        } catch (RuleViolationException e) {
            return refused(e, id, who, response, model);
        }
    }

    private String refused(RuntimeException e, long id, Authentication who, HttpServletResponse response,
            Model model) {
        response.setStatus(RetentionPageErrors.status(e));
        model.addAttribute("error", e.getMessage());
        return request(id, who, model);
    }

    /** Clip ids as pasted: one a line, or separated by commas or spaces. */
    private static List<String> ids(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    /** A time as the browser's date-and-time field sends it (taken as UTC), or an ISO-8601 instant; null if none. */
    private static String instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException notLocal) {
            return text.trim();
        }
    }
}
