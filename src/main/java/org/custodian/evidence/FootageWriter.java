package org.custodian.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodian.evidence.crypto.ClipKey;
import org.custodian.shared.DaemonThreads;
import org.custodian.shared.Sha256;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.custodian.storage.StoredBlob;

/**
 * Stores plaintext as ciphertext while hashing it, in one pass. The calling thread only reads (for an
 * upload, from the request's socket through the servlet container, itself about 0.9 ns of CPU per byte);
 * a writer thread hashes, encrypts and writes (SHA-256 about 0.55 ns/B, AES-GCM 0.15 ns/B, a direct write
 * little more). Splitting the work there, rather than hashing on the reading thread, balances the two
 * sides of one upload (see docs/benchmarks.md).
 */
final class FootageWriter implements AutoCloseable {

    /**
     * Under half of G1's smallest region (1 MiB), so the buffers are ordinary young objects: 1 MiB arrays are
     * "humongous", each taking two whole regions of the old generation, and 32 uploads' worth filled a 512 MiB heap.
     */
    static final int BUFFER_SIZE = 256 << 10;
    /** Per upload: enough for each side to work on one buffer while the next waits. */
    static final int BUFFERS_PER_UPLOAD = 4;

    record Written(StoredBlob blob, Sha256 sha256, long size) {
    }

    private final BlobStore store;
    private final BufferPool pool = new BufferPool(BUFFER_SIZE, 64);
    private final ExecutorService writers;

    FootageWriter(BlobStore store) {
        this.store = store;
        this.writers = Executors.newCachedThreadPool(DaemonThreads.named("footage-writer-"));
    }

    /** When this throws, nothing is stored under {@code key}: the store's put never completed. */
    Written write(BlobKey key, ClipKey clipKey, InputStream plaintext) throws IOException {
        Handoff handoff = new Handoff(pool, BUFFERS_PER_UPLOAD);
        CiphertextSource ciphertext = new CiphertextSource(handoff, clipKey);
        Future<StoredBlob> writer = writers.submit(() -> store.put(key, ciphertext, BlobStore.UNKNOWN_LENGTH));
        boolean handedOver = false;
        try {
            int n;
            do {
                byte[] buffer = handoff.freeBuffer(writer);
                n = readFully(plaintext, buffer);
                if (n > 0) {
                    handoff.send(buffer, n);
                } else {
                    handoff.recycle(buffer);
                }
            } while (n == BUFFER_SIZE);
            handoff.end();
            handedOver = true;
            StoredBlob blob = await(writer);
            return new Written(blob, ciphertext.sha256(), ciphertext.size());
        } finally {
            if (!handedOver) {
                handoff.abort();
                awaitQuietly(writer);
            }
            handoff.release();
        }
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }

    private static StoredBlob await(Future<StoredBlob> writer) throws IOException {
        while (true) {
            try {
                return writer.get();
            } catch (InterruptedException e) {
                // The blob may still become durable; the caller must learn the outcome, so keep waiting.
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw Handoff.failureOf(writer);
            }
        }
    }

    private static void awaitQuietly(Future<StoredBlob> writer) {
        try {
            await(writer);
        } catch (IOException | RuntimeException ignored) {
            // The reader's own failure is the one to report; the writer only followed it.
        }
    }

    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }
}
