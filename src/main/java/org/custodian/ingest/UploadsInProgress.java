package org.custodian.ingest;

import java.util.List;

/** What one protocol adapter has begun receiving and not yet turned into clips. */
public interface UploadsInProgress {

    /** The most recently active first. */
    List<UploadInProgress> inProgress(int limit);
}
