package org.custodian.storage;

import java.io.IOException;

/**
 * A put's stream ended before the length the caller announced, or went on past it. Either way the copy
 * is not the one the caller meant to store, so nothing was stored.
 */
public class BlobLengthMismatchException extends IOException {

    private final long expected;
    private final long received;

    public BlobLengthMismatchException(String message) {
        this(message, -1, -1);
    }

    private BlobLengthMismatchException(String message, long expected, long received) {
        super(message);
        this.expected = expected;
        this.received = received;
    }

    static BlobLengthMismatchException endedEarly(BlobKey key, long expected, long actual) {
        return new BlobLengthMismatchException(of(key) + "expected " + expected
                + " bytes but the stream ended after " + actual + "; nothing was stored", expected, actual);
    }

    static BlobLengthMismatchException tooLong(BlobKey key, long expected, long readSoFar) {
        return new BlobLengthMismatchException(of(key) + "expected " + expected
                + " bytes but the stream has more; nothing was stored", expected, readSoFar);
    }

    /** The length announced; -1 when not known. */
    public long expected() {
        return expected;
    }

    /** Whether the stream went on past the announced length, rather than ending short of it. */
    public boolean tooLong() {
        return received > expected;
    }

    /** Bytes read when the mismatch showed. */
    public long received() {
        return received;
    }

    private static String of(BlobKey key) {
        return key == null ? "" : "Blob " + key + ": ";
    }
}
