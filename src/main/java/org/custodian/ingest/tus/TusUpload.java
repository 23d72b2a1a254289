package org.custodian.ingest.tus;

import java.util.UUID;

/**
 * A resumable upload: {@code offset} of {@code length} bytes received so far, durable; once complete,
 * the clip it became and what ingest said of it.
 */
record TusUpload(String id, String owner, long length, long offset, String metadata, UUID clipId, String clipStatus) {

    boolean isComplete() {
        return clipId != null;
    }
}
