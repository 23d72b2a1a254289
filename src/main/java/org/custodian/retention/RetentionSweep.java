package org.custodian.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.retention.jdbc.Deletions;
import org.custodian.retention.jdbc.RetainedClipRows;
import org.custodian.retention.jdbc.RetainedClipRows.Window;
import org.custodian.shared.DaemonThreads;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes every clip whose rule runs out before the next sweep and that nothing holds. Per clip (done a
 * batch at a time), in an order that survives a crash at any point: (1) the deletion is recorded as begun and committed; (2) the
 * data key is deleted, after which no copy of the footage, backups included, can be read (crypto-shredding);
 * (3) the footage blob and its derived copies ({@code derived/<clip id>/}) are deleted; (4) in one
 * transaction the clip row becomes a tombstone and the deletion receipt goes into the audit log. Each step
 * can be repeated, and a sweep first finishes the deletions an earlier one began, so nothing is left
 * half-deleted and nothing due is missed (uk-rules RET-01, RET-02).
 */
@Component
public class RetentionSweep implements DisposableBean {

    /** Prefix of the derived copies of a clip (renditions, redactions, exports). */
    public static final String DERIVED_PREFIX = "derived/";

    /** What one sweep did: how many clips it deleted, the receipts of the first of them, failures left for the next. */
    public record Report(Instant startedAt, int deleted, List<DeletionReceipt> receipts, int failed) {
    }

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);
    private static final int RECEIPTS_LISTED = 1000;

    private final RetainedClipRows clips;
    private final Deletions deletions;
    private final Policies policies;
    private final ClipCatalogue catalogue;
    private final BlobStore store;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final RetentionProperties properties;
    private final ExecutorService deleters;

    RetentionSweep(RetainedClipRows clips, Deletions deletions, Policies policies, ClipCatalogue catalogue,
            BlobStore store, AuditLog audit, TransactionTemplate tx, Clock clock,
            RetentionProperties properties) {
        this.clips = clips;
        this.deletions = deletions;
        this.policies = policies;
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
        this.deleters = Executors.newFixedThreadPool(properties.deleteThreads(), DaemonThreads.named("retention-delete-"));
    }

    @Override
    public void destroy() {
        deleters.shutdownNow();
    }

    public Report sweep() {
        Instant startedAt = clock.instant();
        Tally tally = new Tally();
        // Deletions an earlier sweep began and did not finish (it died, or the store failed) come first.
        List<ClipDeletion> unfinished = deletions.unfinished(Integer.MAX_VALUE);
        for (int from = 0; from < unfinished.size(); from += properties.sweepBatch()) {
            finish(unfinished.subList(from, Math.min(unfinished.size(), from + properties.sweepBatch())), tally);
        }
        // Whatever falls due before the next sweep goes now, so none outlives its date by a sweep interval.
        Instant dueBy = startedAt.plus(properties.sweepInterval());
        List<ClipDeletion> batch;
        do {
            batch = tx.execute(status -> begin(dueBy));
            finish(batch, tally);
        } while (!batch.isEmpty());
        if (tally.deleted > 0 || tally.failed > 0) {
            log.info("Retention sweep deleted {} clip(s); {} failed and will be finished by the next sweep",
                    tally.deleted, tally.failed);
        }
        return new Report(startedAt, tally.deleted, List.copyOf(tally.receipts), tally.failed);
    }

    private static final class Tally {
        int deleted;
        int failed;
        final List<DeletionReceipt> receipts = new ArrayList<>();

        void deleted(DeletionReceipt receipt) {
            deleted++;
            if (receipts.size() < RECEIPTS_LISTED) {
                receipts.add(receipt);
            }
        }
    }

    /** Step 1 for a batch: locks due clips (skipping those another node holds) and records their deletion as begun. */
    private List<ClipDeletion> begin(Instant dueBy) {
        PolicyVersion inForce = policies.inForce();
        RetentionPolicy policy = inForce.policy();
        Instant now = clock.instant();
        List<ClipDeletion> due = new ArrayList<>();
        for (Window window : RetentionSchedule.windows(policy, dueBy)) {
            int room = properties.sweepBatch() - due.size();
            if (room <= 0) {
                break;
            }
            for (RetainedClip clip : clips.lockCandidates(window, room)) {
                RetentionDecision decision = policy.decide(clip.category(), clip.recordedAt(), List.of());
                if (decision.dueAt(dueBy)) {
                    due.add(new ClipDeletion(clip.id(), ClipDeletion.State.STARTED, decision.rule(), policy.version(),
                            decision.deleteAfter(), now, null));
                }
            }
        }
        return deletions.start(due);
    }

    /**
     * Deletions begun elsewhere (an approved {@link DeletionRequest}, its STARTED rows committed) finished the
     * way the sweep finishes its own: if this stops part-way, the next sweep completes them.
     */
    Report finishBegun(List<ClipDeletion> begun) {
        Instant startedAt = clock.instant();
        Tally tally = new Tally();
        for (int from = 0; from < begun.size(); from += properties.sweepBatch()) {
            finish(begun.subList(from, Math.min(begun.size(), from + properties.sweepBatch())), tally);
        }
        return new Report(startedAt, tally.deleted, List.copyOf(tally.receipts), tally.failed);
    }

    /**
     * Steps 2 to 4 for a batch of begun deletions, each step for the whole batch at once (one transaction
     * for the keys, one for the tombstones and receipts); each may run again after a crash. A clip whose
     * blobs could not be deleted stays begun for the next sweep.
     */
    private void finish(List<ClipDeletion> begun, Tally tally) {
        if (begun.isEmpty()) {
            return;
        }
        // Rows are always locked in clip id order, so sweeps finishing overlapping batches cannot deadlock.
        List<ClipDeletion> batch = begun.stream().sorted(Comparator.comparing(d -> d.clip().value())).toList();
        List<ClipId> ids = batch.stream().map(ClipDeletion::clip).toList();
        List<Clip> found;
        try {
            found = tx.execute(status -> {
                List<Clip> rows = catalogue.requireAll(ids);
                catalogue.shredKeys(ids);
                return rows;
            });
        } catch (RuntimeException e) {
            tally.failed += batch.size();
            log.warn("Shredding the keys of {} clip(s) failed; the next sweep tries again: {}", batch.size(), e.toString());
            return;
        }
        // The derived copies of each clip are listed (a request each on S3, so several at once), then every
        // blob of the batch is deleted together: one folder sync or one S3 request for many blobs.
        List<Future<List<BlobKey>>> listing = new ArrayList<>();
        for (Clip clip : found) {
            listing.add(deleters.submit(() -> derivedCopies(clip.id())));
        }
        List<Integer> erased = new ArrayList<>();
        List<BlobKey> blobs = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                blobs.addAll(listing.get(i).get());
                blobs.add(found.get(i).blobKey());
                erased.add(i);
            } catch (ExecutionException e) {
                tally.failed++;
                log.warn("Listing the derived copies of clip {} failed (its key is gone); the next sweep finishes it: {}",
                        batch.get(i).clip(), e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tally.failed += batch.size() - erased.size();
                return;
            }
        }
        try {
            store.deleteAll(blobs);
        } catch (IOException | RuntimeException e) {
            tally.failed += erased.size();
            log.warn("Deleting the footage of {} clip(s) failed (their keys are gone); the next sweep finishes them: {}",
                    erased.size(), e.toString());
            return;
        }
        Instant deletedAt = clock.instant();
        try {
            List<DeletionReceipt> receipts = tx.execute(status -> {
                // Lock every row first, then the audit chain: a sweep holding the chain waits for no row.
                Set<ClipId> mine = deletions.lockBegun(erased.stream().map(ids::get).toList());
                List<DeletionReceipt> written = new ArrayList<>();
                List<AuditEvent> events = new ArrayList<>();
                for (int i : erased) {
                    if (mine.contains(ids.get(i))) {
                        DeletionReceipt receipt = receipt(batch.get(i), found.get(i), deletedAt);
                        written.add(receipt);
                        events.add(receiptEvent(receipt, found.get(i)));
                    }
                }
                // Another sweep finished the rest first.
                List<ClipId> entombed = written.stream().map(DeletionReceipt::clip).toList();
                deletions.finish(entombed, deletedAt);
                catalogue.entomb(entombed);
                audit.recordAll(events);
                return written;
            });
            receipts.forEach(tally::deleted);
        } catch (RuntimeException e) {
            tally.failed += erased.size();
            log.warn("Recording the deletion of {} clip(s) failed; the next sweep finishes them: {}", erased.size(),
                    e.toString());
        }
    }

    /** Step 4's record of one clip: the tombstone keeps its hash, camera and times. */
    private static DeletionReceipt receipt(ClipDeletion deletion, Clip clip, Instant deletedAt) {
        return new DeletionReceipt(deletion.clip(), clip.sha256(), clip.recording().camera().value(),
                clip.recording().startedAt(), deletion.deleteAfter(), deletedAt, deletion.rule(),
                deletion.policyVersion(), deletion.request());
    }

    private List<BlobKey> derivedCopies(ClipId id) throws IOException {
        try (Stream<BlobKey> derived = store.list(DERIVED_PREFIX + id + "/")) {
            return derived.toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static AuditEvent receiptEvent(DeletionReceipt r, Clip clip) {
        AuditEvent event = AuditEvent.succeeded("clip.deleted", "clip", r.clip()).withReason(r.request() == null
                ? "Retention rule " + r.rule() + " of policy version " + r.policyVersion() + " ran out"
                : "Deleted early under approved deletion request " + r.request());
        if (r.request() != null) {
            event = event.with("deletionRequest", r.request());
        }
        return event
                .with("sha256", r.sha256().hex()).with("camera", r.camera()).with("recordedAt", r.recordedAt())
                .with("deleteAfter", r.deleteAfter()).with("deletedAt", r.deletedAt()).with("rule", r.rule())
                .with("policyVersion", r.policyVersion()).with("sizeBytes", clip.sizeBytes())
                .with("keyShredded", true);
    }
}
