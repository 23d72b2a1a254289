package org.custodian.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.jdbc.ClipAnnotations;
import org.custodian.evidence.jdbc.Clips;
import org.custodian.evidence.jdbc.Incidents;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People reviewing footage: changing what is said of a clip (category, title, references, notes), their own
 * bookmarks, and grouping clips into incidents. Each change is checked against {@link ClipAccessPolicy} and
 * audited with its old and new values in the same transaction; a refusal is audited too (and kept). The
 * footage, its SHA-256 and its blob are never touched.
 */
@Component
public class ClipReview {

    private final ClipCatalogue catalogue;
    private final Clips clips;
    private final ClipAnnotations annotations;
    private final Incidents incidents;
    private final AuditLog audit;
    private final Clock clock;

    ClipReview(ClipCatalogue catalogue, Clips clips, ClipAnnotations annotations, Incidents incidents, AuditLog audit,
            Clock clock) {
        this.catalogue = catalogue;
        this.clips = clips;
        this.annotations = annotations;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = ClipAccessRefusedException.class)
    public ClipMetadata changeMetadata(Viewer viewer, ClipId id, Map<String, String> changes) {
        CataloguedClip clip = editable(viewer, id, "clip.metadata-changed");
        ClipMetadata after = clip.metadata().changed(changes, catalogue.categories());
        Map<String, String[]> differences = clip.metadata().differences(after);
        if (!differences.isEmpty()) {
            clips.updateMetadata(id, after);
            AuditEvent event = AuditEvent.succeeded("clip.metadata-changed", "clip", id);
            for (var d : differences.entrySet()) {
                event = event.with(d.getKey() + ".old", d.getValue()[0]).with(d.getKey() + ".new", d.getValue()[1]);
            }
            audit.record(event);
        }
        return after;
    }

    @Transactional(noRollbackFor = ClipAccessRefusedException.class)
    public ClipBookmark addBookmark(Viewer viewer, ClipId id, Bookmark bookmark) {
        CataloguedClip clip = editable(viewer, id, "clip.bookmark-added");
        requireWithin(clip.clip(), bookmark);
        long bookmarkId = annotations.addPersonBookmark(id, bookmark, viewer.username());
        audit.record(AuditEvent.succeeded("clip.bookmark-added", "clip", id).with("bookmark", bookmarkId)
                .with("at", bookmark.at()).with("text", String.valueOf(bookmark.text())));
        return annotations.bookmark(id, bookmarkId).orElseThrow();
    }

    @Transactional(noRollbackFor = ClipAccessRefusedException.class)
    public ClipBookmark changeBookmark(Viewer viewer, ClipId id, long bookmarkId, Bookmark bookmark) {
        CataloguedClip clip = editable(viewer, id, "clip.bookmark-changed");
        ClipBookmark before = bookmark(id, bookmarkId);
        before.requireChangeable();
        requireWithin(clip.clip(), bookmark);
        annotations.updateBookmark(bookmarkId, bookmark);
        audit.record(AuditEvent.succeeded("clip.bookmark-changed", "clip", id).with("bookmark", bookmarkId)
                .with("at.old", before.bookmark().at()).with("at.new", bookmark.at())
                .with("text.old", String.valueOf(before.bookmark().text())).with("text.new", String.valueOf(bookmark.text())));
        return annotations.bookmark(id, bookmarkId).orElseThrow();
    }

    @Transactional(noRollbackFor = ClipAccessRefusedException.class)
    public void removeBookmark(Viewer viewer, ClipId id, long bookmarkId) {
        editable(viewer, id, "clip.bookmark-removed");
        ClipBookmark before = bookmark(id, bookmarkId);
        before.requireChangeable();
        annotations.deleteBookmark(bookmarkId);
        audit.record(AuditEvent.succeeded("clip.bookmark-removed", "clip", id).with("bookmark", bookmarkId)
                .with("at.old", before.bookmark().at()).with("text.old", String.valueOf(before.bookmark().text())));
    }

    /** Groups clips a person has judged to show one incident; they must be allowed to edit every one of them. */
    @Transactional(noRollbackFor = ClipAccessRefusedException.class)
    public Incident confirmIncident(Viewer viewer, List<ClipId> clipIds, CadIncidentNumber cadIncident) {
        Incident incident = new Incident(UUID.randomUUID(), clipIds, cadIncident, viewer.username(), clock.instant());
        for (ClipId id : incident.clips()) {
            CataloguedClip clip = catalogue.requireCatalogued(id);
            if (!ClipAccessPolicy.mayEdit(viewer, clip.clip().recording().officer(), clip.unit())) {
                audit.record(AuditEvent.denied("incident.confirmed", "clip", id));
                throw new ClipAccessRefusedException("You may not group clip " + id + " into an incident: only its "
                        + "officer, their unit's supervisors, evidence officers and administrators may", false);
            }
        }
        incidents.insert(incident);
        AuditEvent event = AuditEvent.succeeded("incident.confirmed", "incident", incident.id())
                .with("clips", incident.clips().toString());
        audit.record(cadIncident == null ? event : event.with("cadIncident", cadIncident));
        for (ClipId id : incident.clips()) {
            audit.record(AuditEvent.succeeded("clip.grouped", "clip", id).with("incident", incident.id()));
        }
        return incident;
    }

    @Transactional(readOnly = true)
    public Incident incident(UUID id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("Incident", id));
    }

    @Transactional(readOnly = true)
    public List<UUID> incidentsOf(ClipId clip) {
        return incidents.ofClip(clip);
    }

    private CataloguedClip editable(Viewer viewer, ClipId id, String action) {
        CataloguedClip clip = catalogue.requireCatalogued(id);
        if (!ClipAccessPolicy.mayEdit(viewer, clip.clip().recording().officer(), clip.unit())) {
            audit.record(AuditEvent.denied(action, "clip", id));
            throw new ClipAccessRefusedException("You may not change clip " + id + ": only the officer who recorded "
                    + "it, their unit's supervisors, evidence officers and administrators may", false);
        }
        return clip;
    }

    private ClipBookmark bookmark(ClipId id, long bookmarkId) {
        return annotations.bookmark(id, bookmarkId).orElseThrow(() -> new NotFoundException("Bookmark", bookmarkId));
    }

    private static void requireWithin(Clip clip, Bookmark bookmark) {
        Instant start = clip.recording().startedAt();
        Instant end = clip.recording().endedAt();
        if (bookmark.at().isBefore(start) || end != null && bookmark.at().isAfter(end)
                || bookmark.endAt() != null && end != null && bookmark.endAt().isAfter(end)) {
            throw new InvalidValueException("A bookmark must fall within the recording (" + start + " to "
                    + (end == null ? "its end" : end) + ")");
        }
    }
}
