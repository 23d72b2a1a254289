package org.custodian.ingest.axis;

import java.time.Instant;

/** A container as stored: its parsed name, merged metadata, and when its recording was completed. */
record ContainerRow(ContainerName name, Metadata metadata, Instant createdAt, Instant completedAt) {

    boolean isComplete() {
        return completedAt != null;
    }
}
