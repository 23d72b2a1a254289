package org.custodian.ingest.tus;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.identity.Role;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * tus 1.0 (core, creation, checksum, termination). Staff who handle cameras may upload: administrators,
 * supervisors and officers; each sees only the uploads they created (administrators see all).
 */
@RestController
@RequestMapping("/api/v1/uploads")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'SUPERVISOR', 'OFFICER')")
@Tag(name = "Ingest: resumable uploads", description = "tus 1.0 for sources other than Axis docks")
class TusController {

    static final String VERSION = "1.0.0";
    static final String OFFSET_OCTETS = "application/offset+octet-stream";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final TusUploads uploads;

    TusController(TusUploads uploads) {
        this.uploads = uploads;
    }

    @ModelAttribute
    void speaksTus(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Tus-Resumable", VERSION);
        String version = request.getHeader("Tus-Resumable");
        if (!"OPTIONS".equals(request.getMethod()) && !VERSION.equals(version)) {
            throw new UnsupportedTusVersionException(version);
        }
    }

    @RequestMapping(value = {"", "/"}, method = RequestMethod.OPTIONS)
    @Operation(summary = "tus discovery: version, extensions, largest upload, checksum algorithm")
    ResponseEntity<Void> discover() {
        return ResponseEntity.noContent().header("Tus-Version", VERSION)
                .header("Tus-Extension", "creation,checksum,termination")
                .header("Tus-Max-Size", String.valueOf(uploads.maxSize()))
                .header("Tus-Checksum-Algorithm", Checksum.ALGORITHM).build();
    }

    @PostMapping({"", "/"})
    @Operation(summary = "Create an upload: Upload-Length and Upload-Metadata (camera, startedAt, endedAt, officer, "
            + "filename, sha256)")
    ResponseEntity<Void> create(@RequestHeader(value = "Upload-Length", required = false) String length,
            @RequestHeader(value = "Upload-Metadata", required = false) String metadata, Authentication who) {
        String id = uploads.create(who.getName(), number(length, "Upload-Length"), metadata);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/uploads/{id}").build(id);
        return ResponseEntity.created(location).build();
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.HEAD)
    @Operation(summary = "Where an upload stands: resume from Upload-Offset")
    ResponseEntity<Void> head(@PathVariable String id, Authentication who) {
        TusUpload upload = find(id, who);
        ResponseEntity.HeadersBuilder<?> response = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Upload-Offset", String.valueOf(upload.offset()))
                .header("Upload-Length", String.valueOf(upload.length()));
        if (upload.metadata() != null) {
            response.header("Upload-Metadata", upload.metadata());
        }
        if (upload.isComplete()) {
            response.header("Custodian-Clip-Id", upload.clipId().toString())
                    .header("Custodian-Clip-Status", upload.clipStatus());
        }
        return response.build();
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Append bytes at Upload-Offset; Upload-Checksum 'sha256 <base64>' is checked per request")
    ResponseEntity<Void> append(@PathVariable String id, @RequestHeader("Upload-Offset") String offset,
            @RequestHeader(value = "Upload-Checksum", required = false) String checksum, HttpServletRequest request,
            Authentication who) throws IOException {
        if (request.getContentType() == null || !request.getContentType().startsWith(OFFSET_OCTETS)) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A PATCH carries " + OFFSET_OCTETS);
        }
        TusUpload upload = find(id, who);
        TusUploads.Progress progress = uploads.append(upload, number(offset, "Upload-Offset"), Checksum.parse(checksum),
                request.getInputStream());
        ResponseEntity.HeadersBuilder<?> response = ResponseEntity.noContent()
                .header("Upload-Offset", String.valueOf(progress.offset()));
        if (progress.received() != null) {
            response.header("Custodian-Clip-Id", progress.received().clipId().toString())
                    .header("Custodian-Clip-Status", progress.received().status().name());
        }
        return response.build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Terminate an upload: its received bytes are deleted")
    ResponseEntity<Void> terminate(@PathVariable String id, Authentication who) throws IOException {
        uploads.terminate(find(id, who));
        return ResponseEntity.noContent().build();
    }

    private TusUpload find(String id, Authentication who) {
        boolean administrator = who.getAuthorities().stream()
                .anyMatch(a -> Role.ADMINISTRATOR.authority().equals(a.getAuthority()));
        return (ID.matcher(id).matches() ? uploads.find(id) : java.util.Optional.<TusUpload>empty())
                .filter(upload -> administrator || upload.owner().equals(who.getName()))
                .orElseThrow(() -> new NotFoundException("Upload", id.length() > 40 ? id.substring(0, 40) : id));
    }

    private static long number(String header, String name) {
        try {
            long value = Long.parseLong(header == null ? "" : header.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, as a negative number is
        }
        throw new InvalidValueException(name + " must be a non-negative integer" + (header == null ? " and is required" : ""));
    }
}
