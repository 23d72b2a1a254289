package org.custodian.evidence.web;

import java.util.List;

import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipAccessRefusedException;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipPageSection;
import org.custodian.evidence.ClipReview;
import org.custodian.evidence.TrackPoint;
import org.custodian.evidence.Viewer;
import org.custodian.evidence.media.ClipMedia;
import org.custodian.evidence.media.MediaExamination;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /clips/{id}}: one page for a clip: the player, poster and thumbnails, media facts, the GNSS track beside
 * the player (an SVG drawing always; a Leaflet map too when a tile server is configured), the metadata section
 * ({@code clips/metadata}) with bookmarks, other officers' clips nearby, the sections other capabilities add
 * ({@link ClipPageSection}: retention's holds and restriction), and the clip's audit trail.
 * Opening follows {@link ClipAccessPolicy#toOpen} through {@link ClipReads}: a clip not one's own asks for a
 * reason (the prompt {@code clips/reason}); the reason, or {@code purpose=statement}, is carried into the player's
 * and the pictures' URLs so that playing is audited with it. Those who may see the record but not the footage
 * (auditors) get the page without the player. Opening is audited as {@code clip.viewed}; playing by the content
 * endpoint.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
class ClipPage {

    private final ClipReads reads;
    private final Viewers viewers;
    private final ClipCatalogue catalogue;
    private final ClipReview review;
    private final MediaExamination media;
    private final AuditLog audit;
    private final List<ClipPageSection> sections;
    private final String tileUrl;
    private final String tileAttribution;

    /** A section another capability adds to the page: its template's fragment and what it shows. */
    record Section(String template, Object model) {
    }

    ClipPage(ClipReads reads, Viewers viewers, ClipCatalogue catalogue, ClipReview review, MediaExamination media,
            AuditLog audit, List<ClipPageSection> sections, @Value("${custodian.map.tile-url:}") String tileUrl,
            @Value("${custodian.map.attribution:}") String tileAttribution) {
        this.reads = reads;
        this.viewers = viewers;
        this.catalogue = catalogue;
        this.review = review;
        this.media = media;
        this.audit = audit;
        this.sections = sections;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/clips/{id}")
    String clip(@PathVariable String id, AccessReason why, Authentication who, Model model,
            HttpServletResponse response) {
        ClipId clipId = ClipId.parse(id);
        Viewer viewer = viewers.of(who);
        CataloguedClip clip;
        try {
            clip = reads.open(viewer, clipId, why, "clip.viewed");
        } catch (ClipAccessRefusedException e) {
            response.setStatus(403);
            model.addAttribute("clipId", clipId.toString());
            model.addAttribute("message", e.getMessage());
            return "clips/reason";
        }
        addMetadata(model, viewer, clip, why);
        model.addAttribute("related", reads.related(viewer, clip, why));
        ClipMedia found = media.find(clipId).orElse(null);
        boolean rendition = found != null && found.playableBytes() != null;
        model.addAttribute("mayPlay", ClipReads.Use.PLAY.of(viewer, clip) != ClipAccessPolicy.Access.REFUSED);
        model.addAttribute("media", found);
        model.addAttribute("facts", found == null ? null : found.facts());
        model.addAttribute("contentUrl", footageUrl(clipId, "content", rendition ? "playable" : null, why));
        model.addAttribute("downloadUrl", footageUrl(clipId, "content", null, why));
        model.addAttribute("posterUrl", footageUrl(clipId, "poster", null, why));
        model.addAttribute("thumbnailsUrl", footageUrl(clipId, "thumbnails", null, why));
        model.addAttribute("contentType", rendition ? "video/mp4" : found == null ? null : found.contentType());
        List<TrackPoint> track = catalogue.track(clipId);
        model.addAttribute("track", track);
        model.addAttribute("drawing", TrackDrawing.of(track));
        model.addAttribute("trackLatLon", track.stream().map(p -> List.of(p.latitude(), p.longitude())).toList());
        model.addAttribute("tileUrl", tileUrl == null || tileUrl.isBlank() ? null : tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        model.addAttribute("sections", sections.stream().map(s -> new Section(s.template(), s.of(viewer, clip.clip())))
                .filter(s -> s.model() != null).toList());
        model.addAttribute("trail", audit.find(AuditQuery.forSubject("clip", clipId.toString())));
        return "clips/clip";
    }

    /** The details page of before: the same page now, with the reason or purpose it was opened with. */
    @GetMapping("/clips/{id}/details")
    String details(@PathVariable String id, AccessReason why) {
        return "redirect:" + address(ClipId.parse(id), why);
    }

    /** This page's address for the clip, with the reason and purpose it is opened with. */
    static String address(ClipId id, AccessReason why) {
        return withReason(UriComponentsBuilder.fromPath("/clips/{id}"), id, why);
    }

    /** What the metadata section ({@code clips/metadata :: metadata}) needs in the model. */
    void addMetadata(Model model, Viewer viewer, CataloguedClip clip, AccessReason why) {
        model.addAttribute("clip", clip);
        model.addAttribute("bookmarks", catalogue.clipBookmarks(clip.id()));
        model.addAttribute("incidents", review.incidentsOf(clip.id()));
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("editable", ClipAccessPolicy.mayEdit(viewer, clip.clip().recording().officer(), clip.unit()));
        model.addAttribute("reason", why.reason());
        model.addAttribute("purpose", why.purpose());
    }

    /** A footage endpoint with the reason and purpose the page was opened with, so its reads are audited with them. */
    private static String footageUrl(ClipId id, String what, String rendition, AccessReason why) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/v1/clips/{id}/" + what);
        if (rendition != null) {
            url.queryParam("rendition", rendition);
        }
        return withReason(url, id, why);
    }

    /** The URL with {@code reason} and {@code purpose} added where given, each value fully encoded ('+', '&' too). */
    private static String withReason(UriComponentsBuilder url, ClipId id, AccessReason why) {
        if (why.reason() != null) {
            url.queryParam("reason", "{reason}");
        }
        if (why.purpose() != null) {
            url.queryParam("purpose", "{purpose}");
        }
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", id);
        values.put("reason", why.reason());
        values.put("purpose", why.purpose());
        return url.encode().buildAndExpand(values).toUriString();
    }
}
