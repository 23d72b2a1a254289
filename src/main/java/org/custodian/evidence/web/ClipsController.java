package org.custodian.evidence.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.Bookmark;
import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipBookmark;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipReview;
import org.custodian.evidence.ClipSection;
import org.custodian.evidence.RelatedClip;
import org.custodian.evidence.Viewer;
import org.custodian.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalogue: search, one clip, its metadata and bookmarks, and clips that may show the same incident. Who
 * sees and changes what is {@link ClipAccessPolicy}'s; external prosecutors see nothing here (only what is
 * shared with them). Every read and every change is audited: who looked at footage records, and why, is itself
 * evidence.
 */
@RestController
@RequestMapping("/api/v1/clips")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
@Tag(name = "Evidence: clips", description = "Search the catalogue; read and annotate clips")
class ClipsController {

    private final ClipCatalogue catalogue;
    private final ClipReview review;
    private final ClipReads reads;
    private final Viewers viewers;
    private final AuditLog audit;
    private final List<ClipSection> sections;

    ClipsController(ClipCatalogue catalogue, ClipReview review, ClipReads reads, Viewers viewers, AuditLog audit,
            List<ClipSection> sections) {
        this.catalogue = catalogue;
        this.review = review;
        this.reads = reads;
        this.viewers = viewers;
        this.audit = audit;
        this.sections = sections;
    }

    @GetMapping
    @Operation(summary = "Search clips (newest recording first by default); only those the caller may see",
            description = "officer, camera, unit, from/to (ISO-8601; the recording overlaps the window), lat+lon+radius "
                    + "(metres, at most 50 km; the GNSS track passes within the circle), category (or 'uncategorised'), "
                    + "reference (CAD, crime or custody number), q (text in title, notes, references, bookmarks), "
                    + "sort ('startedAt desc', 'startedAt asc', 'receivedAt desc'), page, size (at most 200, default 50). "
                    + "Header X-More-Clips says whether another page follows.")
    ResponseEntity<List<ClipJson>> search(ClipQuery query, Authentication who) {
        ClipReads.Page page = reads.search(viewers.of(who), query);
        return ResponseEntity.ok().header("X-More-Clips", Boolean.toString(page.more()))
                .body(page.clips().stream().map(ClipJson::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One clip with its bookmarks; a clip not your own needs a reason (reason or X-Access-Reason)")
    ClipJson one(@PathVariable String id, AccessReason why, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        CataloguedClip clip = reads.open(viewers.of(who), clipId, why, "clip.read");
        Map<String, Object> more = new LinkedHashMap<>();
        for (ClipSection section : sections) {
            Object value = section.of(clip.clip());
            if (value != null) {
                more.put(section.name(), value);
            }
        }
        return ClipJson.of(clip, catalogue.clipBookmarks(clipId),
                review.incidentsOf(clipId).stream().map(Object::toString).toList(), more);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change category, title, cadIncident, crimeReference, custodyNumber or notes (null clears)")
    ClipJson change(@PathVariable String id, @RequestBody Map<String, Object> body, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        Viewer viewer = visible(who, clipId, "clip.metadata-changed");
        Map<String, String> changes = new LinkedHashMap<>();
        body.forEach((field, value) -> {
            if (value != null && !(value instanceof String)) {
                throw new InvalidValueException(field + " must be text (or null to clear it)");
            }
            changes.put(field, (String) value);
        });
        review.changeMetadata(viewer, clipId, changes);
        return ClipJson.of(catalogue.requireCatalogued(clipId));
    }

    /** A bookmark as sent: {@code at} (ISO-8601) or {@code offsetSeconds} into the recording, optional end, text. */
    record BookmarkRequest(Instant at, Double offsetSeconds, Instant endAt, String text) {
    }

    @PostMapping("/{id}/bookmarks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a bookmark of your own")
    ClipJson.BookmarkJson addBookmark(@PathVariable String id, @RequestBody BookmarkRequest request, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        Viewer viewer = visible(who, clipId, "clip.bookmark-added");
        return ClipJson.BookmarkJson.of(review.addBookmark(viewer, clipId, bookmark(clipId, request)));
    }

    @PutMapping("/{id}/bookmarks/{bookmarkId}")
    @Operation(summary = "Change a bookmark a person made (the camera's are kept as made: 409)")
    ClipJson.BookmarkJson changeBookmark(@PathVariable String id, @PathVariable long bookmarkId,
            @RequestBody BookmarkRequest request, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        Viewer viewer = visible(who, clipId, "clip.bookmark-changed");
        return ClipJson.BookmarkJson.of(review.changeBookmark(viewer, clipId, bookmarkId, bookmark(clipId, request)));
    }

    @DeleteMapping("/{id}/bookmarks/{bookmarkId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a bookmark a person made (the camera's are kept as made: 409)")
    void removeBookmark(@PathVariable String id, @PathVariable long bookmarkId, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        review.removeBookmark(visible(who, clipId, "clip.bookmark-removed"), clipId, bookmarkId);
    }

    /** A clip suggested as the same incident, with how near its track came (null: no tracks to compare). */
    record RelatedJson(ClipJson clip, Double metres) {
    }

    @GetMapping("/{id}/related")
    @Operation(summary = "Clips of other officers recorded within 10 minutes and, where tracks exist, 300 m of this one")
    List<RelatedJson> related(@PathVariable String id, AccessReason why, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        Viewer viewer = viewers.of(who);
        CataloguedClip clip = reads.open(viewer, clipId, why, "clip.related-listed");
        List<RelatedClip> related = catalogue.related(clip, ClipAccessPolicy.scope(viewer));
        return related.stream().map(r -> new RelatedJson(ClipJson.of(r.clip()), r.metres())).toList();
    }

    /** The viewer, if the clip is one they can see at all; otherwise "not found", and the attempt audited. */
    private Viewer visible(Authentication who, ClipId id, String action) {
        Viewer viewer = viewers.of(who);
        CataloguedClip clip = catalogue.requireCatalogued(id);
        if (ClipAccessPolicy.toOpen(viewer, clip.clip().recording().officer(), clip.unit())
                == ClipAccessPolicy.Access.REFUSED) {
            audit.record(AuditEvent.denied(action, "clip", id));
            throw new org.custodian.shared.NotFoundException("Clip", id);
        }
        return viewer;
    }

    private Bookmark bookmark(ClipId id, BookmarkRequest request) {
        Instant at = request.at();
        if (at == null && request.offsetSeconds() != null) {
            if (request.offsetSeconds() < 0) {
                throw new InvalidValueException("offsetSeconds cannot be negative");
            }
            at = catalogue.require(id).recording().startedAt().plusMillis(Math.round(request.offsetSeconds() * 1000));
        }
        if (at == null) {
            throw new InvalidValueException("A bookmark needs 'at' (ISO-8601) or 'offsetSeconds' into the recording");
        }
        String text = request.text() == null || request.text().isBlank() ? null : request.text().strip();
        return new Bookmark(at, request.endAt(), text, null, null);
    }
}
