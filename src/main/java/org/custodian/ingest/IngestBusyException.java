package org.custodian.ingest;

import java.time.Duration;

/** Every upload slot is taken (shift change): the source should retry after {@link #retryAfter()}. */
public class IngestBusyException extends RuntimeException {

    private final Duration retryAfter;

    public IngestBusyException(int slots, Duration retryAfter) {
        super("All " + slots + " upload slots are in use; retry after " + retryAfter.toSeconds() + " seconds");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
