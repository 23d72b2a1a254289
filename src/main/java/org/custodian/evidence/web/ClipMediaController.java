package org.custodian.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.DerivedFootage;
import org.custodian.evidence.media.ClipMedia;
import org.custodian.evidence.media.MediaExamination;
import org.custodian.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What was read from a clip after ingest: its media facts, its poster and its thumbnail strip (404 until
 * made). The pictures are footage too, so they follow {@link org.custodian.evidence.ClipAccessPolicy#toPlay}; the
 * facts are the record's and follow {@code toOpen}. A clip not one's own needs a reason ({@code reason} or
 * {@code X-Access-Reason}); every read is audited with who, when and why, through {@link ClipReads}.
 */
@RestController
@RequestMapping("/api/v1/clips/{id}")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
@Tag(name = "Evidence: clips", description = "Clips received, by camera or officer")
class ClipMediaController {

    private final ClipReads reads;
    private final Viewers viewers;
    private final DerivedFootage derived;
    private final MediaExamination media;
    private final AuditLog audit;

    ClipMediaController(ClipReads reads, Viewers viewers, DerivedFootage derived, MediaExamination media,
            AuditLog audit) {
        this.reads = reads;
        this.viewers = viewers;
        this.derived = derived;
        this.media = media;
        this.audit = audit;
    }

    @GetMapping("/poster")
    @Operation(summary = "A picture from a tenth of the way into the clip (JPEG); 404 until it is made")
    void poster(@PathVariable String id, AccessReason why, Authentication who, HttpServletResponse response)
            throws IOException {
        picture(id, why, who, ClipMedia.POSTER, ClipMedia::posterBytes, response);
    }

    @GetMapping("/thumbnails")
    @Operation(summary = "Eight pictures spread over the clip, side by side in one JPEG; 404 until made")
    void thumbnails(@PathVariable String id, AccessReason why, Authentication who, HttpServletResponse response)
            throws IOException {
        picture(id, why, who, ClipMedia.THUMBNAILS, ClipMedia::thumbnailsBytes, response);
    }

    private void picture(String id, AccessReason why, Authentication who, String name, Function<ClipMedia, Long> size,
            HttpServletResponse response) throws IOException {
        ClipId clipId = ClipId.parse(id);
        String action = "clip." + name.substring(0, name.indexOf('.')) + "-viewed";
        ClipReads.Opening opening = reads.check(viewers.of(who), clipId, why, action, ClipReads.Use.PLAY);
        Long bytes = media.find(clipId).map(size).orElseThrow(() -> new NotFoundException("Picture " + name + " of clip", clipId));
        audit.record(opening.audited());
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(bytes);
        try (InputStream in = derived.open(clipId, name, bytes, 0, bytes)) {
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/media")
    @Operation(summary = "What the clip is as a recording: duration, container, codecs, size, frame rate, sound; "
            + "404 until it has been examined")
    MediaJson facts(@PathVariable String id, AccessReason why, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        ClipReads.Opening opening = reads.check(viewers.of(who), clipId, why, "clip.media-read", ClipReads.Use.OPEN);
        ClipMedia found = media.find(clipId).orElseThrow(() -> new NotFoundException("Media facts of clip", clipId));
        audit.record(opening.audited());
        return MediaJson.of(found);
    }
}
