package org.custodian.storage;

/** The same behaviour when blobs are written through the page cache, as where O_DIRECT is refused or turned off. */
class FilesystemBlobStoreThroughPageCacheTest extends FilesystemBlobStoreTest {

    @Override
    protected BlobStore newStore() {
        root = dataDir.resolve("footage");
        return new FilesystemBlobStore(root, false);
    }
}
