package org.custodian.ingest.tus;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.ingest.IngestBusyException;
import org.custodian.ingest.StorageFullException;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The status codes tus and the ingest contract give refusals, each with a problem document saying why and
 * remembered for the dock status page. Ordered before the API's general handlers so that a refused upload
 * is remembered whatever refused it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TusController.class)
class TusErrors {

    /** tus's own code for a checksum mismatch (not an IANA status). */
    static final int CHECKSUM_MISMATCH = 460;

    private final TusRefusals refusals;

    TusErrors(TusRefusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(ChecksumMismatchException.class)
    ResponseEntity<ProblemDetail> checksum(ChecksumMismatchException e, HttpServletRequest request) {
        return refused(request, CHECKSUM_MISMATCH, "Checksum mismatch", e.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(UnsupportedTusVersionException.class)
    ResponseEntity<ProblemDetail> version(UnsupportedTusVersionException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Tus-Version", TusController.VERSION);
        return refused(request, HttpStatus.PRECONDITION_FAILED.value(), "Unsupported tus version", e.getMessage(),
                headers);
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(UploadTooLargeException e, HttpServletRequest request) {
        return refused(request, HttpStatus.CONTENT_TOO_LARGE.value(), "Upload too large", e.getMessage(),
                new HttpHeaders());
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidValueException e, HttpServletRequest request) {
        return refused(request, HttpStatus.BAD_REQUEST.value(), "Invalid value", e.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException e, HttpServletRequest request) {
        return refused(request, HttpStatus.CONFLICT.value(), "Refused by a rule", e.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return refused(request, HttpStatus.NOT_FOUND.value(), "Not found", e.getMessage(), new HttpHeaders());
    }

    /** Busy is not a refusal: the client is told when to come back, and at shift change that is normal. */
    @ExceptionHandler(IngestBusyException.class)
    ResponseEntity<ProblemDetail> busy(IngestBusyException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        return problem(HttpStatus.SERVICE_UNAVAILABLE.value(), "Busy", e.getMessage(), headers);
    }

    @ExceptionHandler(StorageFullException.class)
    ResponseEntity<ProblemDetail> full(StorageFullException e, HttpServletRequest request) {
        return refused(request, HttpStatus.INSUFFICIENT_STORAGE.value(), "Storage full", e.getMessage(),
                new HttpHeaders());
    }

    private ResponseEntity<ProblemDetail> refused(HttpServletRequest request, int status, String title, String detail,
            HttpHeaders headers) {
        refusals.record(request, status, detail);
        return problem(status, title, detail, headers);
    }

    private static ResponseEntity<ProblemDetail> problem(int status, String title, String detail, HttpHeaders headers) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        body.setTitle(title);
        headers.set("Tus-Resumable", TusController.VERSION);
        return ResponseEntity.status(status).headers(headers).body(body);
    }
}
