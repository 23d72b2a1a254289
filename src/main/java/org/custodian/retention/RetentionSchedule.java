package org.custodian.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Viewer;
import org.custodian.retention.jdbc.Deletions;
import org.custodian.retention.jdbc.RestrictionRows;
import org.custodian.retention.jdbc.HoldRows;
import org.custodian.retention.jdbc.RetainedClipRows;
import org.custodian.retention.jdbc.RetainedClipRows.Window;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What retention says of one clip, which clips expire soon, and what a policy would delete now. */
@Component
public class RetentionSchedule {

    /**
     * One clip and what governs it. {@code deletion} is present once its deletion has begun; {@code restriction}
     * while its processing is restricted, which keeps it whatever its rule says.
     */
    public record ClipRetention(RetainedClip clip, RetentionDecision decision, Optional<ClipDeletion> deletion,
            Optional<Restriction> restriction) {

        /** Whether the clip is restricted and {@code viewer} is not among the few who may read it. */
        public boolean restrictedFrom(Viewer viewer) {
            return restriction.isPresent() && !ClipAccessPolicy.mayOpenRestricted(viewer);
        }
    }

    /** A clip due to go, with its decision. */
    public record Due(RetainedClip clip, RetentionDecision decision) {
    }

    /** How many clips of one unit (empty: none known) and stored category. */
    public record Count(String unit, String category, long clips) {
    }

    /** What a policy would delete at once: counts by unit and category, and the first clips of the list. */
    public record Preview(int policyVersion, long total, long evidential, List<Count> counts, List<Due> clips) {
    }

    static final int LIST_LIMIT = 1000;

    private static final ClipAccessPolicy.ListScope EVERY_CLIP = new ClipAccessPolicy.ListScope(
            ClipAccessPolicy.Scope.ALL, null, null);

    private final RetainedClipRows clips;
    private final HoldRows holds;
    private final Deletions deletions;
    private final RestrictionRows restrictions;
    private final Policies policies;
    private final Clock clock;

    RetentionSchedule(RetainedClipRows clips, HoldRows holds, Deletions deletions, RestrictionRows restrictions,
            Policies policies, Clock clock) {
        this.restrictions = restrictions;
        this.clips = clips;
        this.holds = holds;
        this.deletions = deletions;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClipRetention of(ClipId id) {
        RetainedClip clip = clips.find(id).orElseThrow(() -> new NotFoundException("Clip", id));
        Optional<ClipDeletion> deletion = deletions.find(id);
        RetentionDecision decision = deletion.map(d -> new RetentionDecision(clip.category(), d.rule(),
                d.policyVersion(), d.deleteAfter(), null, List.<Hold>of()))
                .orElseGet(() -> policies.inForce().policy().decide(clip.category(), clip.recordedAt(),
                        holds.inForce(id)));
        return new ClipRetention(clip, decision, deletion,
                deletion.isPresent() ? Optional.empty() : restrictions.inForce(id));
    }

    /**
     * Clips with no hold or restriction that the policy in force deletes within {@code days} (uk-rules RET-04),
     * soonest first; only those {@code scope} lets its viewer see, as in the catalogue.
     */
    @Transactional(readOnly = true)
    public List<Due> expiring(int days, ClipAccessPolicy.ListScope scope) {
        RetentionPolicy policy = policies.inForce().policy();
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        for (ClipCategory category : ClipCategory.values()) {
            RetentionRule rule = policy.governing(category);
            if (rule != null && rule.keep() != null) {
                Window window = new Window(category, rule.keep().before(now), rule.keep().before(now.plus(Duration.ofDays(days))));
                clips.candidates(window, scope, LIST_LIMIT)
                        .forEach(c -> due.add(new Due(c, policy.decide(c.category(), c.recordedAt(), List.of()))));
            }
        }
        due.sort(Comparator.comparing((Due d) -> d.decision().deleteAfter()));
        return due.size() > LIST_LIMIT ? due.subList(0, LIST_LIMIT) : due;
    }

    /** What {@code policy} would delete if it came in force now; held and restricted clips never appear. */
    @Transactional(readOnly = true)
    public Preview preview(RetentionPolicy policy) {
        Instant now = clock.instant();
        List<Count> counts = new ArrayList<>();
        List<Due> list = new ArrayList<>();
        for (Window window : windows(policy, now)) {
            clips.countByUnitAndCategory(window).forEach(c -> counts.add(new Count(c.unit(), c.category(), c.clips())));
            if (list.size() < LIST_LIMIT) {
                clips.candidates(window, EVERY_CLIP, LIST_LIMIT - list.size())
                        .forEach(c -> list.add(new Due(c, policy.decide(c.category(), c.recordedAt(), List.of()))));
            }
        }
        long total = counts.stream().mapToLong(Count::clips).sum();
        long evidential = counts.stream().filter(c -> ClipCategory.ofColumn(c.category())
                .map(ClipCategory::evidential).orElse(true)).mapToLong(Count::clips).sum();
        return new Preview(policy.version(), total, evidential, counts, list);
    }

    /** For each category the policy deletes, the window of clips due by {@code dueBy}. */
    static List<Window> windows(RetentionPolicy policy, Instant dueBy) {
        List<Window> windows = new ArrayList<>();
        for (ClipCategory category : ClipCategory.values()) {
            RetentionRule rule = policy.governing(category);
            if (rule != null && rule.keep() != null) {
                windows.add(new Window(category, null, rule.keep().before(dueBy)));
            }
        }
        return windows;
    }
}
