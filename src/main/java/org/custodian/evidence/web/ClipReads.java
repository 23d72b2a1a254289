package org.custodian.evidence.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipAccessRefusedException;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
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

    ClipReads(ClipCatalogue catalogue, AuditLog audit) {
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** One page of a search, limited to what the viewer may see. */
    record Page(List<CataloguedClip> clips, int page, int size, boolean more) {
    }

    Page search(Viewer viewer, ClipQuery query) {
        ClipSearch search = query.toSearch(catalogue.categories());
        List<CataloguedClip> found = catalogue.search(search, ClipAccessPolicy.scope(viewer));
        boolean more = found.size() > search.size();
        List<CataloguedClip> page = more ? found.subList(0, search.size()) : found;
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
        List<org.custodian.evidence.RelatedClip> related = catalogue.related(clip, ClipAccessPolicy.scope(viewer));
        audit.record(AuditEvent.succeeded("clip.related-listed", "clip", clip.id()).withReason(why.audited())
                .with("count", related.size()));
        return related;
    }

    /**
     * The clip, if the viewer may open it: a clip they may not see at all is "not found" (its existence is not
     * theirs to learn); one they may see only with a reason is refused until they give one.
     */
    CataloguedClip open(Viewer viewer, ClipId id, AccessReason why, String action) {
        CataloguedClip clip = catalogue.requireCatalogued(id);
        var access = ClipAccessPolicy.toOpen(viewer, clip.clip().recording().officer(), clip.unit());
        if (access == ClipAccessPolicy.Access.REFUSED) {
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
        audit.record(event);
        return clip;
    }
}
