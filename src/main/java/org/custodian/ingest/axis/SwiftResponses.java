package org.custodian.ingest.axis;

import java.nio.charset.StandardCharsets;

import org.custodian.ingest.IngestBusyException;
import org.custodian.ingest.StorageFullException;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals in the status codes the spec gives them, with a plain-text reason an installer can read in the
 * body worn manager's log: 400 the system should never retry, 404, 422 damaged in transit, 503 busy (with
 * {@code Retry-After}), 507 out of storage. Declared on the controller, so they answer before the API's
 * problem-document handlers.
 */
abstract class SwiftResponses {

    private static final Logger log = LoggerFactory.getLogger(SwiftResponses.class);

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<byte[]> invalid(InvalidValueException e) {
        return text(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e) {
        return text(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(SwiftController.NotOfferedException.class)
    ResponseEntity<byte[]> refused(SwiftController.NotOfferedException e) {
        return text(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<byte[]> conflict(RuleViolationException e) {
        return text(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(IngestBusyException.class)
    ResponseEntity<byte[]> busy(IngestBusyException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.TEXT_PLAIN).body(bytes(e.getMessage()));
    }

    @ExceptionHandler(StorageFullException.class)
    ResponseEntity<byte[]> full(StorageFullException e) {
        return text(HttpStatus.INSUFFICIENT_STORAGE, e.getMessage());
    }

    /** Ingest may hand a body failure back wrapped; what broke the body decides the answer. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception e) throws Exception {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ETagMismatchException mismatch) {
                return text(HttpStatus.UNPROCESSABLE_CONTENT, mismatch.getMessage());
            }
            if (t instanceof BodyTruncatedException truncated) {
                return text(HttpStatus.BAD_REQUEST, truncated.getMessage());
            }
        }
        log.error("Axis request failed", e);
        return text(HttpStatus.INTERNAL_SERVER_ERROR, "The content destination failed; try again");
    }

    private static ResponseEntity<byte[]> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(bytes(message));
    }

    private static byte[] bytes(String message) {
        return (message + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
