package org.custodian.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.custodian.audit.AuditLog;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.DerivedFootage;
import org.custodian.evidence.Footage;
import org.custodian.evidence.media.ClipMedia;
import org.custodian.evidence.media.MediaExamination;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A clip's footage for playing and downloading: decrypted as it is sent, only the range asked for, and
 * never written to disk. Access follows {@link org.custodian.evidence.ClipAccessPolicy#toPlay} through
 * {@link ClipReads}: a clip not one's own needs a reason ({@code reason} or {@code X-Access-Reason}); plays and
 * downloads are audited with who, when and why.
 */
@RestController
@RequestMapping("/api/v1/clips/{id}")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
@Tag(name = "Evidence: clips", description = "Clips received, by camera or officer")
class ClipContentController {

    private static final int BUFFER = 64 * 1024;

    private final ClipReads reads;
    private final Viewers viewers;
    private final Footage footage;
    private final DerivedFootage derived;
    private final MediaExamination media;
    private final AuditLog audit;

    ClipContentController(ClipReads reads, Viewers viewers, Footage footage, DerivedFootage derived,
            MediaExamination media, AuditLog audit) {
        this.reads = reads;
        this.viewers = viewers;
        this.footage = footage;
        this.derived = derived;
        this.media = media;
        this.audit = audit;
    }

    /** Bytes to serve: how many there are, of what type, and how to open a range of them. */
    private record Content(long size, String contentType, String rendition, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open(long offset, long length) throws IOException;
    }

    @GetMapping("/content")
    @Operation(summary = "The clip's original bytes (or ?rendition=playable, its browser-playable copy); "
            + "a Range header gets 206 with that range; a clip not your own needs a reason (reason or X-Access-Reason), "
            + "purpose=statement logs an officer's viewing before a statement")
    void content(@PathVariable String id, @RequestParam(required = false) String rendition,
            @RequestHeader(name = "Range", required = false) String range, AccessReason why, Authentication who,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        ClipId clipId = ClipId.parse(id);
        ClipReads.Opening opening = reads.check(viewers.of(who), clipId, why, "clip.played",
                ClipReads.Use.PLAY);
        Clip clip = opening.clip().clip();
        Optional<ClipMedia> known = media.find(clipId);
        Content content;
        if (rendition == null) {
            content = new Content(clip.sizeBytes(), known.map(ClipMedia::contentType).orElse("application/octet-stream"),
                    "original", (offset, length) -> footage.openRange(clipId, offset, length));
        } else if (rendition.equals("playable")) {
            Long size = known.map(ClipMedia::playableBytes).orElseThrow(
                    () -> new NotFoundException("Playable rendition of clip", clipId));
            content = new Content(size, "video/mp4", "playable",
                    (offset, length) -> derived.open(clipId, ClipMedia.PLAYABLE, size, offset, length));
        } else {
            throw new InvalidValueException("rendition must be 'playable' (or left out for the original)");
        }
        serve(opening, content, range, "HEAD".equals(request.getMethod()), response);
    }

    private void serve(ClipReads.Opening opening, Content content, String range, boolean headOnly,
            HttpServletResponse response) throws IOException {
        long size = content.size();
        response.setHeader("Accept-Ranges", "bytes");
        // Footage must not linger in a browser's disk cache.
        response.setHeader("Cache-Control", "no-store");
        List<HttpRange> ranges = parse(range);
        long start = 0;
        long end = size - 1;
        if (!ranges.isEmpty()) {
            try {
                if (ranges.size() > 1) {
                    throw new IllegalArgumentException("Only a single range is served");
                }
                start = ranges.get(0).getRangeStart(size);
                end = ranges.get(0).getRangeEnd(size);
                if (start >= size || start > end) {
                    throw new IllegalArgumentException("Range starts at or past the end");
                }
            } catch (IllegalArgumentException e) {
                response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
                response.setHeader("Content-Range", "bytes */" + size);
                return;
            }
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        response.setContentType(content.contentType());
        long length = Math.max(0, end - start + 1);
        response.setContentLengthLong(length);
        if (headOnly || length == 0) {
            // Headers only: no footage leaves, so there is nothing to decrypt or to audit.
            return;
        }
        auditPlayback(opening, content, !ranges.isEmpty(), start, end);
        try (InputStream in = content.opener().open(start, length)) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0;) {
                out.write(buffer, 0, n);
            }
        }
    }

    /**
     * A player fetches a clip as a run of range requests: the first from byte 0 (it needs the container's
     * header), then one per seek or buffer refill. Auditing each would bury a single viewing under dozens of
     * entries, so the request that starts at 0 is recorded as {@code clip.played} (with the range) and a
     * request with no Range at all, a whole-file fetch, as {@code clip.downloaded}. Both record who, which
     * clip, which bytes and why; a player cannot show a clip without first asking for byte 0.
     */
    private void auditPlayback(ClipReads.Opening opening, Content content, boolean ranged, long start, long end) {
        if (ranged && start > 0) {
            return;
        }
        audit.record(opening.as(ranged ? "clip.played" : "clip.downloaded")
                .with("rendition", content.rendition()).with("bytes", start + "-" + end + "/" + content.size()));
    }

    /** A Range header that cannot be parsed is ignored, as RFC 9110 allows: the whole content is sent. */
    private static List<HttpRange> parse(String range) {
        if (range == null || range.isBlank()) {
            return List.of();
        }
        try {
            return HttpRange.parseRanges(range);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
