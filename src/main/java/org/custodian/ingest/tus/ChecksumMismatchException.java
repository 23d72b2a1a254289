package org.custodian.ingest.tus;

/** A PATCH's bytes do not match its {@code Upload-Checksum}: tus answers 460 and the chunk is discarded. */
class ChecksumMismatchException extends RuntimeException {

    ChecksumMismatchException() {
        super("The chunk does not match its Upload-Checksum; it was discarded and the offset is unchanged");
    }
}
