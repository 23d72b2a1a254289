package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.Collection;

/**
 * Durable storage of blobs by key, on a filesystem or in an S3-compatible bucket. Every operation streams:
 * no implementation holds a whole blob in memory, so blobs of many gigabytes are fine. A key holds one
 * blob; putting to it again replaces the blob atomically.
 */
public interface BlobStore {

    /** The expected length to pass to {@link #put} when the caller does not know it. */
    long UNKNOWN_LENGTH = -1;

    /**
     * Stores everything {@code content} yields under {@code key}. When this returns, the blob survives a
     * crash or power cut. When it throws, nothing new is visible under the key: readers see the previous
     * blob, if any, or none. {@code content} is read to its end but not closed.
     *
     * @param expectedLength the exact number of bytes the stream must yield, or {@link #UNKNOWN_LENGTH}
     * @throws BlobLengthMismatchException if the stream yields fewer or more bytes than expected
     */
    StoredBlob put(BlobKey key, InputStream content, long expectedLength) throws IOException;

    /**
     * The blob's bytes from the start. The caller closes the stream.
     *
     * @throws BlobNotFoundException if no blob is stored under the key
     */
    InputStream open(BlobKey key) throws IOException;

    /**
     * Up to {@code length} bytes from {@code offset}; fewer when the blob ends sooner, as HTTP range
     * requests expect. The caller closes the stream.
     *
     * @throws RangeNotSatisfiableException if {@code offset} is past the end, or at the end with
     *         {@code length} above zero
     * @throws BlobNotFoundException if no blob is stored under the key
     */
    InputStream openRange(BlobKey key, long offset, long length) throws IOException;

    /** @throws BlobNotFoundException if no blob is stored under the key */
    long size(BlobKey key) throws IOException;

    boolean exists(BlobKey key) throws IOException;

    /** Removes the blob durably. Idempotent: returns whether there was a blob to remove. */
    boolean delete(BlobKey key) throws IOException;

    /**
     * Removes every blob in {@code keys} durably, as few operations as the store allows (a folder forced once
     * however many of its files go, up to 1,000 S3 keys a request). Idempotent: keys with no blob are
     * skipped. When it throws, some of the blobs may be gone and the rest are untouched; calling it again
     * finishes the job.
     */
    default void deleteAll(Collection<BlobKey> keys) throws IOException {
        for (BlobKey key : keys) {
            delete(key);
        }
    }

    /**
     * The keys that start with {@code prefix} ({@code ""} for all), in ascending order of their characters,
     * fetched lazily. A failure while the stream is consumed surfaces as {@link java.io.UncheckedIOException}.
     * Objects in the store whose names are not valid keys (files put there by hand) are left out.
     */
    Stream<BlobKey> list(String prefix) throws IOException;

    /** Bytes that can still be written, where the store can tell (a filesystem can; S3 cannot). */
    OptionalLong usableSpace() throws IOException;

    /** Throws if the store cannot be written now (root not writable, bucket unreachable or missing). */
    void checkAvailable() throws IOException;

    /**
     * Removes what writes begun before {@code startedBefore} left behind when their process died: partial
     * files on disk, unfinished multipart uploads on S3 (which are billed while they exist). Never touches
     * a stored blob. Returns how many were removed.
     */
    int removeAbandonedWrites(java.time.Instant startedBefore) throws IOException;
}
