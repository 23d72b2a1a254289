package org.custodian.ingest.tus;

/** An upload larger than {@code custodian.ingest.tus.max-size}: tus answers 413. */
class UploadTooLargeException extends RuntimeException {

    UploadTooLargeException(long length, long max) {
        super("An upload of " + length + " bytes is larger than the " + max + " bytes this server accepts (Tus-Max-Size)");
    }
}
