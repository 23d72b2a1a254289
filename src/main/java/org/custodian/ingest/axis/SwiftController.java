package org.custodian.ingest.axis;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Swift subset of the Axis Body Worn integration API under {@code /v1/{account}}: container and object
 * PUT and POST, HEAD for metadata, and GET for the {@code System} objects only. Paths are parsed here from
 * the raw URI ({@link SwiftPath}) rather than by Spring's matcher, so a name is decoded exactly once.
 */
@RestController
class SwiftController extends SwiftResponses {

    private final SwiftStorage storage;
    private final SwiftReads reads;

    SwiftController(SwiftStorage storage, SwiftReads reads) {
        this.storage = storage;
        this.reads = reads;
    }

    @PutMapping("/v1/**")
    ResponseEntity<Void> put(HttpServletRequest request) throws IOException {
        SwiftPath path = path(request);
        if (path.isContainer()) {
            boolean created = storage.container(path.container(), Metadata.from(request, Metadata.CONTAINER));
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.ACCEPTED).build();
        }
        storage.putObject(path.container(), path.object(), Metadata.from(request, Metadata.OBJECT),
                request.getInputStream(), request.getContentLengthLong(), request.getHeader(HttpHeaders.ETAG));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/v1/**")
    ResponseEntity<Void> post(HttpServletRequest request) throws IOException {
        SwiftPath path = path(request);
        if (path.isContainer()) {
            storage.container(path.container(), Metadata.from(request, Metadata.CONTAINER));
            return ResponseEntity.noContent().build();
        }
        storage.postObject(path.container(), path.object(), Metadata.from(request, Metadata.OBJECT));
        return ResponseEntity.accepted().build();
    }

    /**
     * HEAD and GET write their headers straight to the response: Spring would quote the ETag, and the
     * body worn system compares it, unquoted as Swift sends it, with its own MD5 of the body.
     */
    @RequestMapping(path = "/v1/**", method = RequestMethod.HEAD)
    void head(HttpServletRequest request, HttpServletResponse response) throws IOException {
        read(path(request), response, false);
    }

    /** Only System objects are read by the body worn system; everything else is write-only from its side. */
    @GetMapping("/v1/**")
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SwiftPath path = path(request);
        if (!"System".equals(path.container()) || path.object() == null) {
            throw new NotOfferedException();
        }
        read(path, response, true);
    }

    private void read(SwiftPath path, HttpServletResponse response, boolean withBody) throws IOException {
        if (Capability.isCapabilityObject(path.container(), path.object())) {
            response.setHeader(HttpHeaders.ETAG, Capability.ETAG);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(Capability.BYTES.length);
            if (withBody) {
                response.getOutputStream().write(Capability.BYTES);
            }
        } else if (path.isContainer()) {
            reads.containerHeaders(path.container()).forEach(response::setHeader);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            reads.objectHeaders(path.container(), path.object()).forEach(response::setHeader);
            response.setContentLength(0);
        }
    }

    private static SwiftPath path(HttpServletRequest request) {
        SwiftPath path = SwiftPath.parse(request.getRequestURI().substring(request.getContextPath().length()));
        if (path.isAccount()) {
            throw new NotOfferedException();
        }
        return path;
    }

    /** 403: the spec's answer when a request is valid Swift but not something the system may do here. */
    static class NotOfferedException extends RuntimeException {
        NotOfferedException() {
            super("Only System objects can be read, and only containers and objects can be written");
        }
    }
}
