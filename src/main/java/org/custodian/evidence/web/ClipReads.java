package org.custodian.evidence.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipAccessRefusedException;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipRestrictions;
import org.custodian.evidence.ClipStatus;
import org.custodian.evidence.ClipSearch;
import org.custodian.evidence.Viewer;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads of the catalogue by a person, for the API and the pages alike: each search and each opening is checked
 * against {@link ClipAccessPolicy} and audited with who, when and why, refusals included.
 */
@Component
class ClipReads {

    private final ClipCatalogue catalogue;
    private final AuditLog audit;
    private final List<ClipRestrictions> restrictions;

    ClipReads(ClipCatalogue catalogue, AuditLog audit, List<ClipRestrictions> restrictions) {
        this.catalogue = catalogue;
        this.audit = audit;
        this.restrictions = restrictions;
    }

    /** One page of a search, limited to what the viewer may see. */
    record Page(List<CataloguedClip> clips, int page, int size, boolean more) {
    }

    Page search(Viewer viewer, ClipQuery query) {
        ClipSearch search = query.toSearch(catalogue.categories());
        List<CataloguedClip> found = catalogue.search(search, ClipAccessPolicy.scope(viewer));
        boolean more = found.size() > search.size();
        List<CataloguedClip> page = visible(viewer, more ? found.subList(0, search.size()) : found,
                CataloguedClip::id);
        AuditEvent event = search.camera() != null ? AuditEvent.succeeded("clip.listed", "camera", search.camera())
                : search.officer() != null ? AuditEvent.succeeded("clip.listed", "officer", search.officer())
                : AuditEvent.succeeded("clip.listed", "clips", "search");
        for (var criterion : query.given().entrySet()) {
            event = event.with(criterion.getKey(), criterion.getValue());
        }
        audit.record(event.with("scope", ClipAccessPolicy.scope(viewer).scope()).with("count", page.size())
                .with("page", search.page()));
        return new Page(page, search.page(), search.size(), more);
    }

    /** Clips that may show the same incident as {@code clip} (already opened), among those the viewer may see. */
    List<org.custodian.evidence.RelatedClip> related(Viewer viewer, CataloguedClip clip, AccessReason why) {
        List<org.custodian.evidence.RelatedClip> related = visible(viewer,
                catalogue.related(clip, ClipAccessPolicy.scope(viewer)), r -> r.clip().id());
        audit.record(AuditEvent.succeeded("clip.related-listed", "clip", clip.id()).withReason(why.audited())
                .with("count", related.size()));
        return related;
    }

    /**
     * {@code clips} without the restricted ones, unless the viewer may open restricted clips: a restricted clip
     * is hidden from search (uk-rules RET-09). A page may so hold fewer than its size; none is skipped.
     */
    private <T> List<T> visible(Viewer viewer, List<T> clips, java.util.function.Function<T, ClipId> id) {
        if (clips.isEmpty() || ClipAccessPolicy.mayOpenRestricted(viewer)) {
            return clips;
        }
        java.util.Set<ClipId> hidden = new java.util.HashSet<>();
        List<ClipId> ids = clips.stream().map(id).toList();
        restrictions.forEach(r -> hidden.addAll(r.restrictedAmong(ids)));
        return hidden.isEmpty() ? clips : clips.stream().filter(c -> !hidden.contains(id.apply(c))).toList();
    }

    /** What a person does with a clip: open its record and page, or watch its footage and pictures. */
    enum Use {
        OPEN, PLAY;

        ClipAccessPolicy.Access of(Viewer viewer, CataloguedClip clip) {
            return this == OPEN ? ClipAccessPolicy.toOpen(viewer, clip.clip().recording().officer(), clip.unit())
                    : ClipAccessPolicy.toPlay(viewer, clip.clip().recording().officer(), clip.unit());
        }
    }

    /** A granted opening: the clip and the audit entry saying who opened it and why, not yet recorded. */
    record Opening(CataloguedClip clip, AuditEvent audited) {

        /** The entry under another action (a download where a play was checked), with more facts to come. */
        AuditEvent as(String action) {
            return new AuditEvent(action, audited.subjectType(), audited.subjectId(), audited.reason(),
                    audited.outcome(), audited.details());
        }
    }

    /**
     * The clip, if the viewer may open it, the opening audited as {@code action}: a clip they may not see at all is
     * "not found" (its existence is not theirs to learn); one they may see only with a reason is refused until
     * they give one.
     */
    CataloguedClip open(Viewer viewer, ClipId id, AccessReason why, String action) {
        Opening opening = check(viewer, id, why, action, Use.OPEN);
        audit.record(opening.audited());
        return opening.clip();
    }

    /**
     * The rule of {@link #open} for any use: refusals are audited here; a granted opening is returned with its
     * audit entry for the caller to record once it knows what was read (a player's later range requests are not
     * each recorded, see the content endpoint).
     */
    Opening check(Viewer viewer, ClipId id, AccessReason why, String action, Use use) {
        CataloguedClip clip = catalogue.requireCatalogued(id);
        if (clip.clip().status() == ClipStatus.DELETED) {
            // A tombstone is not footage: its deletion receipt is in the audit log (uk-rules RET-02).
            throw new NotFoundException("Clip", id);
        }
        var access = use.of(viewer, clip);
        if (!ClipAccessPolicy.mayOpenRestricted(viewer) && restrictions.stream().anyMatch(r -> r.restricted(id))) {
            audit.record(AuditEvent.denied(action, "clip", id).with("refused", "processing restricted"));
            if (access == ClipAccessPolicy.Access.REFUSED) {
                throw new NotFoundException("Clip", id);
            }
            throw new ClipAccessRefusedException("Clip " + id + " is restricted: only a data protection officer or "
                    + "an administrator may open it", false);
        }
        if (access == ClipAccessPolicy.Access.REFUSED) {
            if (use == Use.PLAY && ClipAccessPolicy.toOpen(viewer, clip.clip().recording().officer(), clip.unit())
                    != ClipAccessPolicy.Access.REFUSED) {
                // They may see the record (an auditor), so the clip's existence is no secret: say what is refused.
                audit.record(AuditEvent.denied(action, "clip", id).with("refused", "may not watch footage"));
                throw new ClipAccessRefusedException("You may see clip " + id + "'s record but not its footage", false);
            }
            audit.record(AuditEvent.denied(action, "clip", id));
            throw new NotFoundException("Clip", id);
        }
        if (access == ClipAccessPolicy.Access.REASON_REQUIRED && !why.given()) {
            audit.record(AuditEvent.denied(action, "clip", id).with("refused", "no reason given"));
            throw ClipAccessRefusedException.reasonNeeded(id);
        }
        AuditEvent event = AuditEvent.succeeded(action, "clip", id).withReason(why.audited());
        if (why.purpose() != null) {
            event = event.with("purpose", why.purpose());
        }
        if (access == ClipAccessPolicy.Access.REASON_REQUIRED) {
            event = event.with("access", "not own: reason given");
        }
        return new Opening(clip, event);
    }
}
