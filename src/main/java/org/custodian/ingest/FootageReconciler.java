package org.custodian.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.Footage;
import org.custodian.ingest.jdbc.OrphanCandidates;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes footage blobs that never got a clip row: a node stopped between making the blob durable and
 * committing the row. A blob is deleted only when one pass has seen it without a row and a later pass,
 * at least the grace period on, still does, so an upload that is committing right now is never touched
 * however long it took to arrive, and no store needs to report a blob's age. Blobs the protocol adapters
 * stage ({@link StagedBlobs}) are swept the same way once no upload in progress holds them. Only clips' own
 * blobs, filed by day under {@link Footage#PREFIX}, are listed: blobs derived from a clip (under
 * {@code derived/}) are never taken for orphans.
 */
@Component
public class FootageReconciler {

    /** What one pass did, footage and staged blobs together. */
    public record Pass(int examined, int deleted, int watched) {
    }

    /** Where a blob was found: what keeps it, and how its removal is recorded. */
    private record Area(String name, Predicate<BlobKey> inUse, String action, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(FootageReconciler.class);

    private final BlobStore store;
    private final ClipCatalogue catalogue;
    private final Footage footage;
    private final OrphanCandidates candidates;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final IngestProperties.Reconciler settings;
    private final List<StagedBlobs> staging;

    FootageReconciler(BlobStore store, ClipCatalogue catalogue, Footage footage, OrphanCandidates candidates,
            AuditLog audit, TransactionTemplate tx, IngestProperties properties, List<StagedBlobs> staging) {
        this.staging = staging;
        this.store = store;
        this.catalogue = catalogue;
        this.footage = footage;
        this.candidates = candidates;
        this.audit = audit;
        this.tx = tx;
        this.settings = properties.reconciler();
    }

    public Pass reconcile(Instant now) throws IOException {
        Duration grace = settings.grace();
        candidates.forgetSeenBefore(now.minus(settings.lookback()).minus(grace).minus(Duration.ofDays(1)));
        Area footageArea = new Area("footage", catalogue::references, "footage.orphan-deleted",
                "Stored without a clip row (the upload never completed)");
        Counts counts = new Counts();
        for (long daysAgo = settings.lookback().toDays(); daysAgo >= 0; daysAgo--) {
            sweep(Footage.dayPrefix(now.minus(Duration.ofDays(daysAgo))), footageArea, now, grace, counts);
        }
        for (StagedBlobs staged : staging) {
            sweep(staged.prefix(), new Area(staged.prefix(), staged::inUse, "footage.staged-orphan-deleted",
                    "Staged for an upload that no longer holds it (its node stopped before cleaning up)"),
                    now, grace, counts);
        }
        if (counts.deleted > 0) {
            log.info("Footage reconciler removed {} orphaned blob(s); {} more under watch", counts.deleted,
                    counts.watched);
        }
        // A write begun before the grace period and still unfinished belongs to a process that died.
        int abandoned = store.removeAbandonedWrites(now.minus(grace));
        if (abandoned > 0) {
            log.info("Footage reconciler removed {} unfinished write(s) left by a stopped process", abandoned);
        }
        return new Pass(counts.examined, counts.deleted, counts.watched);
    }

    private static final class Counts {
        int examined;
        int deleted;
        int watched;
    }

    private void sweep(String prefix, Area area, Instant now, Duration grace, Counts counts) throws IOException {
        try (Stream<BlobKey> keys = store.list(prefix)) {
            for (Iterator<BlobKey> it = keys.iterator(); it.hasNext();) {
                counts.examined++;
                switch (examine(it.next(), area, now, grace)) {
                    case DELETED -> counts.deleted++;
                    case WATCHED -> counts.watched++;
                    case REFERENCED -> { }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private enum Finding {
        REFERENCED, WATCHED, DELETED
    }

    private Finding examine(BlobKey key, Area area, Instant now, Duration grace) throws IOException {
        if (area.inUse().test(key)) {
            candidates.forget(key);
            return Finding.REFERENCED;
        }
        Optional<Instant> firstSeen = candidates.firstSeen(key);
        if (firstSeen.isEmpty()) {
            candidates.record(key, now);
            return Finding.WATCHED;
        }
        if (firstSeen.get().plus(grace).isAfter(now)) {
            return Finding.WATCHED;
        }
        return delete(key, area, firstSeen.get()) ? Finding.DELETED : Finding.REFERENCED;
    }

    private boolean delete(BlobKey key, Area area, Instant firstSeen) throws IOException {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                if (area.inUse().test(key)) {
                    candidates.forget(key);
                    return false;
                }
                try {
                    footage.discard(key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                candidates.forget(key);
                audit.record(AuditEvent.succeeded(area.action(), "blob", key).withReason(area.reason())
                        .with("firstSeenAt", firstSeen).with("area", area.name()));
                return true;
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
