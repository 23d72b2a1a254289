package org.custodian.storage;

import java.util.Objects;

/** A blob that a store holds durably: its key and its size in bytes. */
public record StoredBlob(BlobKey key, long size) {

    public StoredBlob {
        Objects.requireNonNull(key, "key");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }
}
