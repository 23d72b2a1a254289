package org.custodian.ingest;

import org.custodian.storage.BlobKey;

/**
 * Blobs a protocol adapter keeps in the footage store while an upload is under way (an Axis clip waiting for
 * its key object). The {@link FootageReconciler} removes those no upload needs any more: a node that stopped
 * between taking an upload on and cleaning up after it leaves them behind.
 */
public interface StagedBlobs {

    /** Where in the store this adapter stages, e.g. {@code axis-staging/}; nothing else may live there. */
    String prefix();

    /** Whether an upload or recording in progress still holds this blob. */
    boolean inUse(BlobKey blob);
}
