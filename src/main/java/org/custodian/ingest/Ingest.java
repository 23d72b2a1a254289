package org.custodian.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.Bookmark;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Footage;
import org.custodian.evidence.Provenance;
import org.custodian.evidence.StoredFootage;
import org.custodian.evidence.TrackPoint;
import org.custodian.shared.InvalidValueException;
import org.custodian.storage.BlobLengthMismatchException;
import org.custodian.storage.ExactLengthInputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way footage enters Custodian. The upload's facts are checked before any byte is read; the
 * body is hashed while it streams (no second read) and encrypted under a new data key into the blob store;
 * only once the blob is durable is the clip row committed with its audit entry. A crash in between leaves
 * a blob without a row, which the reconciler removes; never a row without its blob.
 */
@Component
public class Ingest {

    private final UploadChecks checks;
    private final UploadSlots slots;
    private final Footage footage;
    private final ClipRecorder recorder;
    private final ClipCatalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    Ingest(UploadChecks checks, UploadSlots slots, Footage footage, ClipRecorder recorder, ClipCatalogue catalogue,
            AuditLog audit, Clock clock) {
        this.checks = checks;
        this.slots = slots;
        this.footage = footage;
        this.recorder = recorder;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the body as a clip, or finds the clip that already holds the same bytes.
     *
     * @param declaredLength the body's length, or -1 when unknown; a body of another length stores nothing
     * @throws UnknownCameraException, UnknownOfficerException, ImpossibleRecordingTimeException,
     *         StorageFullException before reading the body; UploadLengthMismatchException after
     */
    public Received receive(Upload upload, InputStream body, long declaredLength) throws IOException {
        return receive(upload, body, declaredLength, received -> { });
    }

    /**
     * As {@link #receive(Upload, InputStream, long)}, committing {@code alsoRecord}'s writes (the protocol's own
     * record of the upload) in the clip's transaction: one commit, and neither without the other.
     */
    public Received receive(Upload upload, InputStream body, long declaredLength, Consumer<Received> alsoRecord)
            throws IOException {
        Attribution attribution = checks.check(upload, declaredLength);
        ClipId id = ClipId.random();
        StoredFootage stored;
        try {
            stored = footage.store(id, new ExactLengthInputStream(body, declaredLength));
        } catch (BlobLengthMismatchException e) {
            throw new UploadLengthMismatchException(e.expected(), e.received(), e.tooLong());
        } catch (IOException e) {
            throw StorageFailures.translated(e);
        }
        if (stored.sizeBytes() == 0) {
            footage.discard(stored.blobKey());
            throw new InvalidValueException("The upload carried no bytes; nothing was stored");
        }
        Clip clip = Clip.received(id, stored.sha256(), stored.sizeBytes(), upload.deviceSha256(),
                attribution.recording(), new Provenance(upload.source(), upload.sourceReference(), upload.fileName(),
                        upload.sourceMetadata()),
                stored.blobKey(), clock.instant());
        return recorder.record(clip, stored.wrappedKey(), attribution.source(), alsoRecord);
    }

    /**
     * The checks {@link #receive} makes before reading a body, for protocols that learn a clip's facts
     * before its bytes (tus creation) and should refuse it then.
     */
    public void check(Upload upload, long declaredLength) {
        checks.check(upload, declaredLength);
    }

    /** Back-pressure: at most {@code custodian.ingest.max-concurrent-uploads} bodies stream at once. */
    public UploadSlot acquireSlot() {
        return slots.acquire();
    }

    /** The clip's GNSS track; a track sent again replaces the one held. */
    @Transactional
    public void attachTrack(ClipId clip, List<TrackPoint> points) {
        catalogue.replaceTrack(clip, List.copyOf(points));
        audit.record(AuditEvent.succeeded("clip.track-attached", "clip", clip).with("points", points.size()));
    }

    /** Adds a bookmark; the same bookmark sent again (a re-dock) is kept once. */
    @Transactional
    public void attachBookmark(ClipId clip, Bookmark bookmark) {
        if (catalogue.addBookmark(clip, bookmark)) {
            audit.record(AuditEvent.succeeded("clip.bookmarked", "clip", clip).with("at", bookmark.at()));
        }
    }

    public Optional<ClipSummary> clip(ClipId id) {
        return catalogue.find(id).map(ClipSummary::of);
    }
}
