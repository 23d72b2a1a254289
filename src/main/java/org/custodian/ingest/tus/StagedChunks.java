package org.custodian.ingest.tus;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.custodian.ingest.StorageFailures;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.custodian.storage.StoredBlob;
import org.springframework.stereotype.Component;

/**
 * Bytes of unfinished uploads, one blob per PATCH under {@code staging/tus/<upload>/}. Staged in the
 * footage store rather than on a node's disk so that with several nodes behind a load balancer a
 * resumed upload may land on any of them; staged plaintext never outlives its upload (completion,
 * termination and expiry delete it).
 */
@Component
class StagedChunks {

    private final BlobStore store;

    StagedChunks(BlobStore store) {
        this.store = store;
    }

    /** A fresh key per PATCH, so two requests racing on one offset never overwrite each other's bytes. */
    BlobKey keyFor(String uploadId, long offset) {
        return BlobKey.of(prefix(uploadId) + String.format("%020d", offset) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    /** @throws org.custodian.ingest.StorageFullException when the store ran out of space */
    StoredBlob put(BlobKey key, InputStream bytes) throws IOException {
        try {
            return store.put(key, bytes, BlobStore.UNKNOWN_LENGTH);
        } catch (IOException e) {
            throw StorageFailures.translated(e);
        }
    }

    /** The staged chunks in order, each opened only when the previous one has been read. */
    InputStream concatenated(List<BlobKey> chunks) {
        Iterator<BlobKey> keys = chunks.iterator();
        return new SequenceInputStream(new Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return keys.hasNext();
            }

            @Override
            public InputStream nextElement() {
                try {
                    return store.open(keys.next());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    void delete(BlobKey key) throws IOException {
        store.delete(key);
    }

    /** Every staged blob of the upload, including any a crash left without a chunk row. */
    void deleteAll(String uploadId) throws IOException {
        try (Stream<BlobKey> keys = store.list(prefix(uploadId))) {
            for (Iterator<BlobKey> it = keys.iterator(); it.hasNext();) {
                store.delete(it.next());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String prefix(String uploadId) {
        return "staging/tus/" + uploadId + "/";
    }
}
