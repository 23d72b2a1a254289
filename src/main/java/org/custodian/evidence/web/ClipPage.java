package org.custodian.evidence.web;

import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.custodian.evidence.media.ClipMedia;
import org.custodian.evidence.media.MediaExamination;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /clips/{id}}: the clip's player, its poster and media facts, its GNSS track beside the player
 * (an SVG drawing always; a Leaflet map too when a tile server is configured), and the clip's audit trail.
 * Opening the page is audited as {@code clip.viewed}; playing is audited by the content endpoint.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
class ClipPage {

    private final ClipAccess access;
    private final ClipCatalogue catalogue;
    private final MediaExamination media;
    private final AuditLog audit;
    private final String tileUrl;
    private final String tileAttribution;

    ClipPage(ClipAccess access, ClipCatalogue catalogue, MediaExamination media, AuditLog audit,
            @Value("${custodian.map.tile-url:}") String tileUrl,
            @Value("${custodian.map.attribution:}") String tileAttribution) {
        this.access = access;
        this.catalogue = catalogue;
        this.media = media;
        this.audit = audit;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/clips/{id}")
    String clip(@PathVariable String id, Authentication who, Model model) {
        ClipId clipId = ClipId.parse(id);
        Clip clip = access.require(clipId, who, "clip.viewed");
        audit.record(AuditEvent.succeeded("clip.viewed", "clip", clipId));
        ClipMedia found = media.find(clipId).orElse(null);
        List<TrackPoint> track = catalogue.track(clipId);
        boolean rendition = found != null && found.playableBytes() != null;
        String content = "/api/v1/clips/" + clipId + "/content" + (rendition ? "?rendition=playable" : "");
        model.addAttribute("clip", clip);
        model.addAttribute("media", found);
        model.addAttribute("facts", found == null ? null : found.facts());
        model.addAttribute("contentUrl", content);
        model.addAttribute("contentType", rendition ? "video/mp4" : found == null ? null : found.contentType());
        model.addAttribute("track", track);
        model.addAttribute("drawing", TrackDrawing.of(track));
        model.addAttribute("trackLatLon", track.stream().map(p -> List.of(p.latitude(), p.longitude())).toList());
        model.addAttribute("tileUrl", tileUrl == null || tileUrl.isBlank() ? null : tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        model.addAttribute("trail", audit.find(AuditQuery.forSubject("clip", clipId.toString())));
        return "clips/clip";
    }
}
