package org.custodian.retention.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.retention.ClipCategory;
import org.custodian.retention.Policies;
import org.custodian.retention.PolicyState;
import org.custodian.retention.PolicyVersion;
import org.custodian.retention.RetentionRule;
import org.custodian.retention.web.PolicyController.PolicyJson;
import org.custodian.retention.web.PolicyController.PreviewJson;
import org.custodian.retention.web.PolicyController.RuleJson;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /retention/policy}: the retention policy in force and every version, a form to propose a change, and each
 * proposal's page with what it would delete at once (counts by unit and category, and the clips; held and restricted
 * clips never appear), where a different administrator approves it (uk-rules INT-09). Everything goes through
 * {@link Policies}, which checks and audits as it does for the API; a refusal is shown on the page.
 */
@Controller
@RequestMapping("/retention/policy")
@PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'AUDITOR', 'ADMINISTRATOR')")
class PolicyPage {

    private static final List<ClipCategory> CATEGORIES = Arrays.stream(ClipCategory.values())
            .filter(c -> c != ClipCategory.NON_EVIDENTIAL).toList();

    private final Policies policies;
    private final PolicyPreviews previews;

    PolicyPage(Policies policies, PolicyPreviews previews) {
        this.policies = policies;
        this.previews = previews;
    }

    @GetMapping
    String policy(Model model) {
        PolicyVersion inForce = policies.inForce();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form(inForce));
        }
        model.addAttribute("inForce", PolicyJson.of(inForce));
        model.addAttribute("versions", policies.all().stream()
                .sorted(Comparator.comparingInt(PolicyVersion::version).reversed()).map(PolicyJson::of).toList());
        model.addAttribute("categories", CATEGORIES);
        return "retention/policy";
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String propose(@RequestParam Map<String, String> form, Authentication who, RedirectAttributes flash,
            HttpServletResponse response, Model model) {
        try {
            PolicyVersion proposal = policies.propose(PolicyController.rules(proposal(form)), who.getName(),
                    form.get("reason"));
            flash.addFlashAttribute("notice", "Proposed as version " + proposal.version()
                    + ". Nothing changes until a different administrator approves it.");
            return "redirect:/retention/policy/versions/" + proposal.version();
        } catch (InvalidValueException | RuleViolationException e) {
            response.setStatus(RetentionPageErrors.status(e));
            model.addAttribute("error", e.getMessage());
            model.addAttribute("form", form);
            return policy(model);
        }
    }

    @GetMapping("/versions/{version}")
    String version(@PathVariable int version, Authentication who, Model model) {
        PolicyVersion found = policies.version(version);
        model.addAttribute("version", PolicyJson.of(found));
        model.addAttribute("proposedByYou", found.proposedBy().equals(who.getName()));
        model.addAttribute("preview", found.state() == PolicyState.PROPOSED ? PreviewJson.of(previews.of(version))
                : null);
        return "retention/policy-version";
    }

    @PostMapping("/versions/{version}/approve")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String approve(@PathVariable int version, Authentication who, RedirectAttributes flash,
            HttpServletResponse response, Model model) {
        try {
            policies.approve(version, who.getName());
            flash.addFlashAttribute("notice", "Version " + version + " is in force");
            return "redirect:/retention/policy/versions/" + version;
        } catch (RuleViolationException e) {
            return refused(e, version, who, response, model);
        }
    }

    @PostMapping("/versions/{version}/reject")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String reject(@PathVariable int version, @RequestParam(defaultValue = "") String reason, Authentication who,
            RedirectAttributes flash, HttpServletResponse response, Model model) {
        try {
            policies.reject(version, who.getName(), reason.isBlank() ? null : reason.trim());
            flash.addFlashAttribute("notice", "Version " + version + " was turned down");
            return "redirect:/retention/policy/versions/" + version;
        } catch (RuleViolationException e) {
            return refused(e, version, who, response, model);
        }
    }

    private String refused(RuntimeException e, int version, Authentication who, HttpServletResponse response,
            Model model) {
        response.setStatus(RetentionPageErrors.status(e));
        model.addAttribute("error", e.getMessage());
        return version(version, who, model);
    }

    /** The form's fields as the API's proposal: a rule for each category whose keep or review period is given. */
    private static PolicyController.Proposal proposal(Map<String, String> form) {
        String days = form.getOrDefault("nonEvidentialDays", "").trim();
        Integer nonEvidentialDays;
        try {
            nonEvidentialDays = days.isEmpty() ? null : Integer.valueOf(days);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Non-evidential footage is deleted after a whole number of days, not '"
                    + days + "'");
        }
        Map<String, RuleJson> categories = new LinkedHashMap<>();
        for (ClipCategory category : CATEGORIES) {
            String keep = form.getOrDefault("keep." + category.name(), "").trim();
            String review = form.getOrDefault("review." + category.name(), "").trim();
            if (!keep.isEmpty() || !review.isEmpty()) {
                categories.put(category.name(), new RuleJson(keep, review));
            }
        }
        return new PolicyController.Proposal(nonEvidentialDays, categories, form.get("reason"));
    }

    /** The form filled in with the policy in force, so a change starts from what is. */
    private static Map<String, String> form(PolicyVersion inForce) {
        Map<String, String> form = new LinkedHashMap<>();
        java.time.Period baseline = inForce.policy().baseline().keep().value();
        form.put("nonEvidentialDays", baseline.toTotalMonths() == 0 ? String.valueOf(baseline.getDays()) : "");
        for (ClipCategory category : CATEGORIES) {
            RetentionRule rule = inForce.policy().rules().get(category);
            form.put("keep." + category.name(), rule == null || rule.keep() == null ? "" : rule.keep().toString());
            form.put("review." + category.name(), rule == null || rule.review() == null ? "" : rule.review().toString());
        }
        return form;
    }
}
