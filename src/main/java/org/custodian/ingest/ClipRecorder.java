package org.custodian.ingest;

import java.io.IOException;
import java.util.function.Consumer;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.Footage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Commits a clip whose blob is durable, with its audit entry, in one short transaction. The same bytes
 * arriving twice (a re-dock, or two docks racing) meet the unique dedup key: the loser's blob is deleted
 * and the existing clip returned, so one recording is always one clip.
 */
@Component
class ClipRecorder {

    private static final Logger log = LoggerFactory.getLogger(ClipRecorder.class);

    private final ClipCatalogue catalogue;
    private final Footage footage;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final MeterRegistry meters;

    ClipRecorder(ClipCatalogue catalogue, Footage footage, AuditLog audit, TransactionTemplate tx, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.footage = footage;
        this.audit = audit;
        this.tx = tx;
        this.meters = meters;
    }

    /** Commits the clip, and in the same transaction whatever the source records of it ({@code alsoRecord}). */
    Received record(Clip clip, byte[] wrappedKey, Attribution.Source attributedBy, Consumer<Received> alsoRecord) {
        Received received = recorded(clip, wrappedKey, attributedBy, alsoRecord);
        meters.counter("custodian.ingest.clips", "status", received.status().name()).increment();
        meters.counter("custodian.ingest.bytes", "status", received.status().name()).increment(received.sizeBytes());
        return received;
    }

    private Received recorded(Clip clip, byte[] wrappedKey, Attribution.Source attributedBy,
            Consumer<Received> alsoRecord) {
        try {
            // The source's record comes before the audit entry: whatever it locks is locked before the audit
            // log's head, the order in which every other transaction takes them.
            return tx.execute(status -> {
                catalogue.add(clip, wrappedKey);
                Received received = outcome(clip, Received.Status.STORED);
                alsoRecord.accept(received);
                audit.record(received(clip, attributedBy));
                return received;
            });
        } catch (DuplicateKeyException duplicate) {
            discard(clip);
            return tx.execute(status -> {
                Clip held = catalogue.same(clip).orElseThrow(() -> duplicate);
                Received received = outcome(held, Received.Status.ALREADY_STORED);
                alsoRecord.accept(received);
                audit.record(AuditEvent.succeeded("clip.redocked", "clip", held.id())
                        .with("sha256", held.sha256()).with("source", clip.provenance().source())
                        .with("sourceReference", String.valueOf(clip.provenance().reference())));
                return received;
            });
        }
    }

    /** What the source is told of {@code clip}: quarantined if it is, else {@code status}. */
    private static Received outcome(Clip clip, Received.Status status) {
        return new Received(clip.id(), clip.sha256(), clip.sizeBytes(),
                clip.isQuarantined() ? Received.Status.QUARANTINED : status);
    }

    private static AuditEvent received(Clip clip, Attribution.Source attributedBy) {
        AuditEvent event = AuditEvent.succeeded(clip.isQuarantined() ? "clip.quarantined" : "clip.ingested", "clip",
                clip.id())
                .with("sha256", clip.sha256()).with("sizeBytes", clip.sizeBytes())
                .with("camera", clip.recording().camera()).with("officer", String.valueOf(clip.recording().officer()))
                .with("attributedBy", attributedBy).with("startedAt", clip.recording().startedAt())
                .with("source", clip.provenance().source())
                .with("sourceReference", String.valueOf(clip.provenance().reference()));
        return clip.isQuarantined()
                ? event.withReason("The device claimed SHA-256 " + clip.deviceSha256() + " but the bytes received hash to "
                        + clip.sha256()).with("deviceSha256", clip.deviceSha256())
                : event;
    }

    private void discard(Clip duplicate) {
        try {
            footage.discard(duplicate.blobKey());
        } catch (IOException | RuntimeException e) {
            // Harmless: without a row the blob is an orphan, and the reconciler removes it.
            log.warn("Could not delete the duplicate blob {}: {}", duplicate.blobKey(), e.toString());
        }
    }
}
