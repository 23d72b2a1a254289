package org.custodian.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
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
 * however long it took to arrive, and no store needs to report a blob's age. Only clips' own blobs, filed by
 * day under {@link Footage#PREFIX}, are listed: blobs derived from a clip (under {@code derived/}) are never
 * taken for orphans.
 */
@Component
public class FootageReconciler {

    /** What one pass did. */
    public record Pass(int examined, int deleted, int watched) {
    }

    private static final Logger log = LoggerFactory.getLogger(FootageReconciler.class);

    private final BlobStore store;
    private final ClipCatalogue catalogue;
    private final Footage footage;
    private final OrphanCandidates candidates;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final IngestProperties.Reconciler settings;

    FootageReconciler(BlobStore store, ClipCatalogue catalogue, Footage footage, OrphanCandidates candidates,
            AuditLog audit, TransactionTemplate tx, IngestProperties properties) {
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
        int examined = 0;
        int deleted = 0;
        int watched = 0;
        for (long daysAgo = settings.lookback().toDays(); daysAgo >= 0; daysAgo--) {
            try (Stream<BlobKey> keys = store.list(Footage.dayPrefix(now.minus(Duration.ofDays(daysAgo))))) {
                for (Iterator<BlobKey> it = keys.iterator(); it.hasNext();) {
                    BlobKey key = it.next();
                    examined++;
                    switch (examine(key, now, grace)) {
                        case DELETED -> deleted++;
                        case WATCHED -> watched++;
                        case REFERENCED -> { }
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        if (deleted > 0) {
            log.info("Footage reconciler removed {} orphaned blob(s); {} more under watch", deleted, watched);
        }
        // A write begun before the grace period and still unfinished belongs to a process that died.
        int abandoned = store.removeAbandonedWrites(now.minus(grace));
        if (abandoned > 0) {
            log.info("Footage reconciler removed {} unfinished write(s) left by a stopped process", abandoned);
        }
        return new Pass(examined, deleted, watched);
    }

    private enum Finding {
        REFERENCED, WATCHED, DELETED
    }

    private Finding examine(BlobKey key, Instant now, Duration grace) throws IOException {
        if (catalogue.references(key)) {
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
        return delete(key, firstSeen.get()) ? Finding.DELETED : Finding.REFERENCED;
    }

    private boolean delete(BlobKey key, Instant firstSeen) throws IOException {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                if (catalogue.references(key)) {
                    candidates.forget(key);
                    return false;
                }
                try {
                    footage.discard(key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                candidates.forget(key);
                audit.record(AuditEvent.succeeded("footage.orphan-deleted", "blob", key)
                        .withReason("Stored without a clip row (the upload never completed)")
                        .with("firstSeenAt", firstSeen));
                return true;
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
