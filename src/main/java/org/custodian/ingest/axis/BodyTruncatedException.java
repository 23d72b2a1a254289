package org.custodian.ingest.axis;

import java.io.IOException;

/** The body ended before (or ran past) its {@code Content-Length}: the upload was cut off. Nothing is stored. */
class BodyTruncatedException extends IOException {

    BodyTruncatedException(long declared, long received) {
        super("Content-Length was " + declared + " bytes but " + (received < declared ? "only " : "") + received
                + " arrived; nothing was stored, send the object again");
    }
}
