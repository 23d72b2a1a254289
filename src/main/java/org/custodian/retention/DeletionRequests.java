package org.custodian.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.retention.RetentionSchedule.Count;
import org.custodian.retention.jdbc.DeletionRequestRows;
import org.custodian.retention.jdbc.Deletions;
import org.custodian.retention.jdbc.RetainedClipRows;
import org.custodian.retention.jdbc.RetainedClipRows.Selected;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Early deletion of chosen clips with four eyes (issue "safe changes", uk-rules INT-09). A proposal shows first
 * what it would delete (counts by unit and category, and the list) and what it leaves out and why: held,
 * restricted and evidential clips are never included, nor clips not stored or already being deleted. Nothing
 * is deleted until a different administrator approves; the clips are checked again then, under their row
 * locks, and go the sweep's crash-safe way (deletion begun and committed, key shredded, blobs deleted,
 * tombstone and receipt), each receipt naming the request.
 */
@Component
public class DeletionRequests {

    /** At most this many clips in one request. */
    public static final int LIMIT = 10_000;

    /** A clip left out of a request, and why. */
    public record Excluded(ClipId clip, String why) {
    }

    /** A request with what it would delete, counted by unit and category, and what it leaves out. */
    public record Preview(DeletionRequest request, List<Count> counts, List<RetainedClip> clips,
            List<Excluded> excluded) {
    }

    /** What an approval did: the request, what the sweep path deleted, and the clips found no longer deletable. */
    public record Approval(DeletionRequest request, RetentionSweep.Report deleted, List<Excluded> skipped) {
    }

    private final DeletionRequestRows requests;
    private final RetainedClipRows clips;
    private final Deletions deletions;
    private final Policies policies;
    private final RetentionSweep sweep;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeletionRequests(DeletionRequestRows requests, RetainedClipRows clips, Deletions deletions, Policies policies,
            RetentionSweep sweep, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.requests = requests;
        this.clips = clips;
        this.deletions = deletions;
        this.policies = policies;
        this.sweep = sweep;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Records the proposal and answers with its preview; nothing is deleted. */
    @Transactional
    public Preview propose(DeletionSelection selection, String reason, String by) {
        List<Selected> found = clips.select(selection, LIMIT + 1);
        if (found.size() > LIMIT) {
            throw new InvalidValueException("The search chooses more than " + LIMIT + " clips; narrow it");
        }
        List<RetainedClip> included = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Selected s : found) {
            String why = exclusion(s);
            if (why == null) {
                included.add(s.clip());
            } else {
                excluded.add(new Excluded(s.clip().id(), why));
            }
        }
        Set<ClipId> seen = found.stream().map(s -> s.clip().id()).collect(Collectors.toSet());
        selection.ids().stream().distinct().filter(id -> !seen.contains(id))
                .forEach(id -> excluded.add(new Excluded(id, "not found")));
        if (included.isEmpty()) {
            throw new InvalidValueException("Nothing to delete: " + (found.isEmpty() && selection.ids().isEmpty()
                    ? "no clip matches" : "every clip chosen is excluded (" + summary(excluded) + ")"));
        }
        DeletionRequest request = requests.insert(DeletionRequest.propose(reason, selection.describe(),
                included.stream().map(RetainedClip::id).toList(), by, clock.instant()));
        audit.recordAs(by, AuditEvent.succeeded("retention.deletion-proposed", "deletion-request", request.id())
                .withReason(request.reason()).with("criteria", request.criteria()).with("wouldDelete", included.size())
                .with("excluded", summary(excluded)));
        return new Preview(request, counts(included), included, excluded);
    }

    /** The newest requests, those awaiting a decision first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DeletionRequest> newest(int limit) {
        return requests.newest(limit);
    }

    /** The request and what it would delete now. */
    @Transactional(readOnly = true)
    public Preview preview(long id) {
        DeletionRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("Deletion request", id));
        if (request.clips().isEmpty()) {
            return new Preview(request, List.of(), List.of(), List.of());
        }
        List<RetainedClip> included = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Selected s : clips.select(new DeletionSelection(request.clips(), null, null, null, null), LIMIT)) {
            String why = exclusion(s);
            if (why == null) {
                included.add(s.clip());
            } else {
                excluded.add(new Excluded(s.clip().id(), why));
            }
        }
        return new Preview(request, counts(included), included, excluded);
    }

    /**
     * Approves the request, refused to its proposer (audited, 409), and deletes its clips that are still
     * deletable: their deletion is begun and committed first, so a crash leaves the rest to the next sweep.
     */
    public Approval approve(long id, String by) {
        record Begun(DeletionRequest request, List<ClipDeletion> deletions, List<Excluded> skipped, String refused) {
        }
        Begun begun = tx.execute(status -> {
            DeletionRequest request = requests.lock(id).orElseThrow(() -> new NotFoundException("Deletion request", id));
            if (request.state() == DeletionRequest.State.PROPOSED && by.equals(request.proposedBy())) {
                String why = "Deletion request " + id + " was proposed by " + by
                        + "; a different administrator must approve it";
                audit.recordAs(by, AuditEvent.denied("retention.deletion-approved", "deletion-request", id)
                        .withReason(why));
                return new Begun(request, List.of(), List.of(), why);
            }
            DeletionRequest approved = request.approve(by, clock.instant());
            List<ClipId> chosen = request.clips().stream().sorted(Comparator.comparing(ClipId::value)).toList();
            chosen.forEach(clips::lock);
            int policyVersion = policies.inForce().version();
            Instant now = clock.instant();
            List<ClipDeletion> toStart = new ArrayList<>();
            List<Excluded> skipped = new ArrayList<>();
            for (Selected s : clips.select(new DeletionSelection(chosen, null, null, null, null), LIMIT)) {
                String why = exclusion(s);
                if (why != null) {
                    skipped.add(new Excluded(s.clip().id(), why + " since the request was made"));
                    continue;
                }
                toStart.add(new ClipDeletion(s.clip().id(), ClipDeletion.State.STARTED, DeletionRequest.RULE,
                        policyVersion, now, now, null, id));
            }
            List<ClipDeletion> started = deletions.start(toStart);
            requests.decide(approved);
            AuditEvent event = AuditEvent.succeeded("retention.deletion-approved", "deletion-request", id)
                    .withReason(request.reason()).with("proposedBy", request.proposedBy())
                    .with("deleting", started.size());
            audit.recordAs(by, skipped.isEmpty() ? event : event.with("skipped", summary(skipped)));
            return new Begun(approved, started, skipped, null);
        });
        if (begun.refused() != null) {
            throw new RuleViolationException(begun.refused());
        }
        return new Approval(begun.request(), sweep.finishBegun(begun.deletions()), begun.skipped());
    }

    @Transactional
    public DeletionRequest reject(long id, String by, String reason) {
        DeletionRequest request = requests.lock(id).orElseThrow(() -> new NotFoundException("Deletion request", id));
        DeletionRequest rejected = request.reject(by, clock.instant());
        requests.decide(rejected);
        audit.recordAs(by, AuditEvent.succeeded("retention.deletion-rejected", "deletion-request", id)
                .withReason(reason == null || reason.isBlank() ? "No reason given" : reason.trim())
                .with("proposedBy", request.proposedBy()));
        return rejected;
    }

    /** Why a clip cannot be deleted early, or null when it can. */
    static String exclusion(Selected s) {
        if (s.deleting() || s.clip().deleted()) {
            return "deleted or being deleted";
        }
        if (!"STORED".equals(s.clip().status())) {
            return "not stored (" + s.clip().status() + ")";
        }
        if (s.restricted()) {
            return "restricted";
        }
        if (s.held()) {
            return "held";
        }
        if (ClipCategory.ofColumn(s.clip().category()).map(ClipCategory::evidential).orElse(true)) {
            return "evidential";
        }
        return null;
    }

    private static List<Count> counts(List<RetainedClip> clips) {
        Map<List<String>, Long> counted = new LinkedHashMap<>();
        for (RetainedClip c : clips) {
            String category = ClipCategory.ofColumn(c.category()).map(Enum::name).orElse(c.category());
            counted.merge(List.of(c.unit() == null ? "" : c.unit(), category), 1L, Long::sum);
        }
        return counted.entrySet().stream().map(e -> new Count(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
    }

    private static String summary(List<Excluded> excluded) {
        return excluded.stream().collect(Collectors.groupingBy(Excluded::why, LinkedHashMap::new,
                Collectors.counting())).toString();
    }
}
