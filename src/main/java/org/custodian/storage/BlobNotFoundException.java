package org.custodian.storage;

import org.custodian.shared.NotFoundException;

/** The store holds no blob under the key asked for. */
public class BlobNotFoundException extends NotFoundException {

    private final transient BlobKey key;

    public BlobNotFoundException(BlobKey key) {
        super("Blob", key);
        this.key = key;
    }

    public BlobKey key() {
        return key;
    }
}
