package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.custodian.ingest.StagedBlobs;
import org.custodian.ingest.StorageFullException;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Where an end-to-end encrypted clip waits, durably, for its key object: the footage store under
 * {@code axis-staging/}. It is kept as the camera encrypted it, so it is never readable at rest, and it
 * is bounded ({@code custodian.axis.staging-limit}) so a system that never sends keys cannot fill the store.
 * A staged blob no object row names (its node stopped before the row was written or before the blob was
 * deleted) is removed by the footage reconciler.
 */
@Component
class StagingArea implements StagedBlobs {

    static final String PREFIX = "axis-staging/";

    private final BlobStore blobs;
    private final ObjectRows rows;
    private final AxisProperties properties;

    StagingArea(BlobStore blobs, ObjectRows rows, AxisProperties properties) {
        this.blobs = blobs;
        this.rows = rows;
        this.properties = properties;
    }

    /**
     * A fresh key for every blob staged, never one used before: the reconciler deletes a staging blob that no
     * row has named for a grace period, and a reused key could be deleted just as a new copy is put under it.
     */
    static BlobKey newKey() {
        return BlobKey.of(PREFIX + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean inUse(BlobKey blob) {
        return rows.holdsStaged(blob.value());
    }

    /** Refused with 507 (the spec's "out of disk quota") when staging is full; retried once keys have come. */
    void requireRoomFor(long length) {
        long staged = rows.stagedBytes();
        long limit = properties.stagingLimit().toBytes();
        if (staged + Math.max(length, 0) > limit) {
            throw new StorageFullException("Encrypted clips waiting for their key objects already hold " + staged
                    + " of " + limit + " bytes (custodian.axis.staging-limit)");
        }
    }

    void put(BlobKey key, InputStream body, long length) throws IOException {
        blobs.put(key, body, length < 0 ? BlobStore.UNKNOWN_LENGTH : length);
    }

    InputStream open(String key) throws IOException {
        return blobs.open(BlobKey.of(key));
    }

    void delete(String key) throws IOException {
        blobs.delete(BlobKey.of(key));
    }
}
