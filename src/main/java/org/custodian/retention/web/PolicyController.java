package org.custodian.retention.web;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.retention.ClipCategory;
import org.custodian.retention.Policies;
import org.custodian.retention.PolicyVersion;
import org.custodian.retention.RetentionPeriod;
import org.custodian.retention.RetentionPolicy;
import org.custodian.retention.RetentionRule;
import org.custodian.retention.RetentionSchedule;
import org.custodian.retention.web.RetentionJson.DueJson;
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
 * The retention policy and changes to it. A change is a proposal that shows first what it would delete
 * at once (counts by unit and category, and the list; held clips never appear), and takes effect only when
 * a second administrator approves it (uk-rules INT-09).
 */
@RestController
@RequestMapping("/api/v1/retention/policy")
@Tag(name = "Retention: policy", description = "The retention schedule, its versions, and four-eyes changes")
class PolicyController {

    record RuleJson(String keep, String review) {
    }

    record PolicyJson(int version, String state, String reason, String proposedBy, Instant proposedAt,
            String decidedBy, Instant decidedAt, Map<String, RuleJson> rules) {

        static PolicyJson of(PolicyVersion v) {
            Map<String, RuleJson> rules = new LinkedHashMap<>();
            v.policy().rules().forEach((category, rule) -> rules.put(category.name(), new RuleJson(
                    rule.keep() == null ? null : rule.keep().toString(),
                    rule.review() == null ? null : rule.review().toString())));
            return new PolicyJson(v.version(), v.state().name(), v.reason(), v.proposedBy(), v.proposedAt(),
                    v.decidedBy(), v.decidedAt(), rules);
        }
    }

    record Proposal(Integer nonEvidentialDays, Map<String, RuleJson> categories, String reason) {
    }

    record CountJson(String unit, String category, long clips) {
    }

    record PreviewJson(int version, long wouldDelete, long evidential, List<CountJson> counts, List<DueJson> clips) {

        static PreviewJson of(RetentionSchedule.Preview p) {
            return new PreviewJson(p.policyVersion(), p.total(), p.evidential(), p.counts().stream()
                    .map(c -> new CountJson(c.unit(), ClipCategory.ofColumn(c.category()).map(Enum::name)
                            .orElse(c.category()), c.clips())).toList(),
                    p.clips().stream().map(DueJson::of).toList());
        }
    }

    record ProposedJson(PolicyJson policy, PreviewJson preview) {
    }

    private final Policies policies;
    private final RetentionSchedule schedule;
    private final PolicyPreviews previews;

    PolicyController(Policies policies, RetentionSchedule schedule, PolicyPreviews previews) {
        this.policies = policies;
        this.schedule = schedule;
        this.previews = previews;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
            + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
    @Operation(summary = "The policy in force")
    PolicyJson inForce() {
        return PolicyJson.of(policies.inForce());
    }

    @GetMapping("/versions")
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'AUDITOR', 'ADMINISTRATOR')")
    @Operation(summary = "Every version: in force, superseded, proposed and rejected, with who and when")
    List<PolicyJson> versions() {
        return policies.all().stream().map(PolicyJson::of).toList();
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Proposes a new policy and shows what it would delete at once; nothing changes until "
            + "another administrator approves it")
    ProposedJson propose(@RequestBody Proposal body, Authentication who) {
        PolicyVersion proposal = policies.propose(rules(body), who.getName(), body.reason());
        return new ProposedJson(PolicyJson.of(proposal), PreviewJson.of(schedule.preview(proposal.policy())));
    }

    @GetMapping("/proposals/{version}/preview")
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'AUDITOR', 'ADMINISTRATOR')")
    @Operation(summary = "What the version would delete if it came in force now")
    PreviewJson preview(@PathVariable int version) {
        return PreviewJson.of(previews.of(version));
    }

    @PostMapping("/proposals/{version}/approve")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Puts a proposal in force; refused to the administrator who proposed it")
    PolicyJson approve(@PathVariable int version, Authentication who) {
        return PolicyJson.of(policies.approve(version, who.getName()));
    }

    record Rejection(String reason) {
    }

    @PostMapping("/proposals/{version}/reject")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Turns a proposal down")
    PolicyJson reject(@PathVariable int version, @RequestBody(required = false) Rejection body, Authentication who) {
        return PolicyJson.of(policies.reject(version, who.getName(), body == null ? null : body.reason()));
    }

    /** The rules a proposal states, as the API and the page take them. */
    static RetentionPolicy rules(Proposal body) {
        if (body == null || body.nonEvidentialDays() == null) {
            throw new InvalidValueException("A policy needs nonEvidentialDays, the days after recording by which "
                    + "non-evidential footage is deleted");
        }
        List<RetentionRule> rules = new ArrayList<>();
        rules.add(new RetentionRule(ClipCategory.NON_EVIDENTIAL, new RetentionPeriod(Period.ofDays(
                body.nonEvidentialDays())), null));
        if (body.categories() != null) {
            body.categories().forEach((name, rule) -> {
                ClipCategory category = ClipCategory.parse(name);
                if (category == ClipCategory.NON_EVIDENTIAL) {
                    throw new InvalidValueException("Set non-evidential footage's period with nonEvidentialDays");
                }
                rules.add(new RetentionRule(category, period(rule.keep()), period(rule.review())));
            });
        }
        return RetentionPolicy.of(0, rules);
    }

    private static RetentionPeriod period(String text) {
        return text == null || text.isBlank() ? null : RetentionPeriod.parse(text);
    }
}
