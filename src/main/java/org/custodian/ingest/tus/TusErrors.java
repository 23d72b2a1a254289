package org.custodian.ingest.tus;

import org.custodian.ingest.IngestBusyException;
import org.custodian.ingest.StorageFullException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The status codes tus and the ingest contract give refusals, each with a problem document saying why. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TusController.class)
class TusErrors {

    /** tus's own code for a checksum mismatch (not an IANA status). */
    static final int CHECKSUM_MISMATCH = 460;

    @ExceptionHandler(ChecksumMismatchException.class)
    ResponseEntity<ProblemDetail> checksum(ChecksumMismatchException e) {
        return problem(CHECKSUM_MISMATCH, "Checksum mismatch", e.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(UnsupportedTusVersionException.class)
    ResponseEntity<ProblemDetail> version(UnsupportedTusVersionException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Tus-Version", TusController.VERSION);
        return problem(HttpStatus.PRECONDITION_FAILED.value(), "Unsupported tus version", e.getMessage(), headers);
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(UploadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE.value(), "Upload too large", e.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(IngestBusyException.class)
    ResponseEntity<ProblemDetail> busy(IngestBusyException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        return problem(HttpStatus.SERVICE_UNAVAILABLE.value(), "Busy", e.getMessage(), headers);
    }

    @ExceptionHandler(StorageFullException.class)
    ResponseEntity<ProblemDetail> full(StorageFullException e) {
        return problem(HttpStatus.INSUFFICIENT_STORAGE.value(), "Storage full", e.getMessage(), new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> problem(int status, String title, String detail, HttpHeaders headers) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        body.setTitle(title);
        headers.set("Tus-Resumable", TusController.VERSION);
        return ResponseEntity.status(status).headers(headers).body(body);
    }
}
