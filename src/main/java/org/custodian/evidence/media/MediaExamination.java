package org.custodian.evidence.media;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.DerivedFootage;
import org.custodian.evidence.Footage;
import org.custodian.evidence.media.jdbc.MediaRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads each clip once after ingest: its media facts, a poster at a tenth of its length, a strip of
 * {@link #STRIP_FRAMES} thumbnails and, when the original will not play in a browser, an H.264/AAC MP4
 * rendition. Works on the decrypted stream only; the original is never altered. A step that fails is
 * recorded with why, keeping what the steps before it found, and the clip is tried again on a later pass
 * until the attempts run out.
 */
@Component
public class MediaExamination {

    static final int STRIP_FRAMES = 8;
    static final double POSTER_AT = 0.1;
    private static final Logger log = LoggerFactory.getLogger(MediaExamination.class);

    private final ClipCatalogue catalogue;
    private final Footage footage;
    private final DerivedFootage derived;
    private final MediaRecords records;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MediaProperties properties;
    /** When examination first gave way to docking, since it last examined a whole batch. */
    private Instant deferredSince;

    MediaExamination(ClipCatalogue catalogue, Footage footage, DerivedFootage derived, MediaRecords records,
            AuditLog audit, TransactionTemplate tx, Clock clock, MediaProperties properties) {
        this.catalogue = catalogue;
        this.footage = footage;
        this.derived = derived;
        this.records = records;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Examines up to a batch of clips waiting; returns how many it examined. While footage is docking on this
     * node, and for {@code quiet-after-docking} after, the pass gives way (examining a clip takes a core for
     * seconds, and at shift change the docks need every core), stopping between clips, unless it has given way
     * for {@code longest-deferral} already: then it examines a batch, so that examination keeps going, if
     * slowly, even when docking never stops.
     */
    public synchronized int examinePending() {
        boolean due = deferredSince != null
                && !clock.instant().isBefore(deferredSince.plus(properties.longestDeferral()));
        int examined = 0;
        for (ClipId id : records.pending(properties.maxAttempts(), properties.batchSize())) {
            if (!due && givesWayToDocking()) {
                return examined;
            }
            examine(id);
            examined++;
        }
        deferredSince = null;
        return examined;
    }

    private boolean givesWayToDocking() {
        if (!properties.yieldToDocking() || !footage.isDocking(properties.quietAfterDocking())) {
            return false;
        }
        if (deferredSince == null) {
            deferredSince = clock.instant();
            log.debug("Footage is docking: clip examination waits");
        }
        return true;
    }

    public Optional<ClipMedia> find(ClipId id) {
        return records.find(id);
    }

    /** Examines the clip now (again, if it was before) and records what was found. */
    public synchronized ClipMedia examine(ClipId id) {
        Clip clip = catalogue.require(id);
        int attempts = records.find(id).map(ClipMedia::attempts).orElse(0) + 1;
        Found found = new Found();
        try {
            try (MediaProbe probe = MediaProbe.open(footage.open(id), clip.sizeBytes())) {
                found.step = "reading media facts";
                found.facts = probe.facts();
                if (found.facts.hasVideo()) {
                    found.step = "making the poster";
                    byte[] poster = probe.poster(POSTER_AT);
                    found.poster = derived.store(id, ClipMedia.POSTER, out -> out.write(poster));
                    found.step = "making the thumbnail strip";
                    byte[] strip = probe.strip(STRIP_FRAMES);
                    found.thumbnails = derived.store(id, ClipMedia.THUMBNAILS, out -> out.write(strip));
                }
            }
            if (found.facts.hasVideo() && !found.facts.playsInBrowsers()) {
                found.step = "making a playable rendition";
                found.playable = renditionOf(clip, found.facts);
            }
            found.step = null;
        } catch (IOException | RuntimeException e) {
            found.failure = (found.step == null ? "opening the footage" : found.step) + ": " + describe(e);
            log.warn("Clip {}: {} (attempt {})", id, found.failure, attempts);
        }
        return record(id, attempts, found);
    }

    private long renditionOf(Clip clip, MediaFacts facts) throws IOException {
        SeekableByteChannel plaintext = footage.open(clip.id());
        try (MediaProbe probe = MediaProbe.open(plaintext, clip.sizeBytes())) {
            return derived.store(clip.id(), ClipMedia.PLAYABLE, out -> Rendition.transcode(probe.grabber(), facts, out));
        }
    }

    private ClipMedia record(ClipId id, int attempts, Found found) {
        // Stored to the millisecond, so what is returned is what a later read finds.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ClipMedia media = new ClipMedia(id, found.failure == null ? ClipMedia.State.DONE : ClipMedia.State.FAILED,
                attempts, now, found.failure, found.facts, found.poster, found.thumbnails, found.playable);
        AuditEvent event = found.failure == null ? AuditEvent.succeeded("clip.media-examined", "clip", id)
                : new AuditEvent("clip.media-examined", "clip", id.toString(), null, AuditEvent.Outcome.FAILED,
                        java.util.Map.of("failure", found.failure));
        tx.executeWithoutResult(status -> {
            records.save(media);
            audit.record(event.with("attempt", attempts).with("rendition", found.playable != null));
        });
        return media;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1500 ? message.substring(0, 1500) : message;
    }

    /** What the steps found so far, and the step under way. */
    private static final class Found {
        String step;
        String failure;
        MediaFacts facts;
        Long poster;
        Long thumbnails;
        Long playable;
    }
}
