package org.custodian.ingest;

/** Permission for one body to stream; closing it lets the next upload in. Close it exactly once. */
public interface UploadSlot extends AutoCloseable {

    @Override
    void close();
}
