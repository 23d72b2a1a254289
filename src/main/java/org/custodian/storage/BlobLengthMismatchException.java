package org.custodian.storage;

import java.io.IOException;

/**
 * A put's stream ended before the length the caller announced, or went on past it. Either way the copy
 * is not the one the caller meant to store, so nothing was stored.
 */
public class BlobLengthMismatchException extends IOException {

    public BlobLengthMismatchException(String message) {
        super(message);
    }

    static BlobLengthMismatchException endedEarly(BlobKey key, long expected, long actual) {
        return new BlobLengthMismatchException("Blob " + key + ": expected " + expected
                + " bytes but the stream ended after " + actual + "; nothing was stored");
    }

    static BlobLengthMismatchException tooLong(BlobKey key, long expected) {
        return new BlobLengthMismatchException("Blob " + key + ": expected " + expected
                + " bytes but the stream has more; nothing was stored");
    }
}
