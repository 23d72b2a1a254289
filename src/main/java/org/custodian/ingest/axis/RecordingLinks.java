package org.custodian.ingest.axis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.custodian.ingest.Ingest;
import org.custodian.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * Attaches a recording's GNSS track and bookmarks to its clips by time, once the clips are in. Each object
 * is linked once; one that cannot be read is recorded as such in the audit log and set aside, since
 * refusing the recording for it would leave its footage on the camera.
 */
@Component
class RecordingLinks {

    private final RecordingObjectRows rows;
    private final Ingest ingest;
    private final EndToEndDecryption decryption;
    private final AuditLog audit;
    private final Clock clock;

    RecordingLinks(RecordingObjectRows rows, Ingest ingest, EndToEndDecryption decryption, AuditLog audit,
            Clock clock) {
        this.rows = rows;
        this.ingest = ingest;
        this.decryption = decryption;
        this.audit = audit;
        this.clock = clock;
    }

    /** Links what in the container is not linked yet: an object that arrived after the recording completed. */
    void link(String container) {
        link(container, rows.all(container));
    }

    /** Links what in {@code all} (the container's objects, read in the caller's transaction) is not linked yet. */
    void link(String container, List<ObjectRow> all) {
        ClipTimeline timeline = ClipTimeline.of(all.stream()
                .filter(o -> o.kind() == ObjectName.Kind.CLIP && o.clipId() != null)
                .map(o -> new ClipTimeline.Entry(ClipId.parse(o.clipId()), o.startedAt(), o.stoppedAt())).toList());
        if (timeline.isEmpty()) {
            return;
        }
        for (ObjectRow object : all) {
            if (object.linkedAt() != null || object.content() == null) {
                continue;
            }
            try {
                if (object.kind() == ObjectName.Kind.TRACK) {
                    List<TrackPoint> points = GnssTrack.parse(plain(all, object), timeline.start());
                    timeline.group(points, TrackPoint::at).forEach(ingest::attachTrack);
                } else if (object.kind() == ObjectName.Kind.BOOKMARK) {
                    var bookmark = BookmarkObject.parse(object.content(), object.metadata(), timeline.start());
                    ingest.attachBookmark(timeline.clipAt(bookmark.at()), bookmark);
                } else {
                    continue;
                }
            } catch (InvalidValueException unreadable) {
                audit.record(new AuditEvent("axis.object-unreadable", "axis-recording", container,
                        unreadable.getMessage(), AuditEvent.Outcome.FAILED, java.util.Map.of("object", object.name())));
            }
            rows.save(object.linked(clock.instant()));
        }
    }

    /** A track's bytes, decrypted when a key object came with it. */
    private byte[] plain(List<ObjectRow> all, ObjectRow object) {
        Optional<ObjectRow> key = RecordingObjectRows.keyRowFor(all, object.name());
        if (key.isEmpty() || !decryption.enabled()) {
            return object.content();
        }
        try (var in = decryption.decrypting(new ByteArrayInputStream(object.content()), KeyObject.parse(key.get().content()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidValueException("The GNSS track cannot be decrypted with its key object: " + e.getMessage());
        }
    }
}
