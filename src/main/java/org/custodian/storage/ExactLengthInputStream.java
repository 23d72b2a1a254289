package org.custodian.storage;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Passes a put's content through and fails the read that shows it is not the announced length, so a
 * store notices before it makes anything visible. Leaves the caller's stream open. Ingest checks an upload's
 * body with it too, before the footage pipeline has made it a blob.
 */
public final class ExactLengthInputStream extends FilterInputStream {

    private final BlobKey key;
    private final long expected;
    private long count;

    /** Content that is not yet any blob's: {@code expectedLength} bytes, or -1 when not known. */
    public ExactLengthInputStream(InputStream content, long expectedLength) {
        this(content, null, expectedLength);
    }

    ExactLengthInputStream(InputStream content, BlobKey key, long expectedLength) {
        super(content);
        StoreArguments.requireValidLength(expectedLength);
        this.key = key;
        this.expected = expectedLength;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        counted(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        counted(n);
        return n;
    }

    /**
     * Hands the content's own transfer an output that counts what passes, so a source that writes its bytes
     * out (rather than being read) is held to the same length, checked before each write goes through.
     */
    @Override
    public long transferTo(OutputStream out) throws IOException {
        in.transferTo(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (expected != BlobStore.UNKNOWN_LENGTH && count + length > expected) {
                    throw BlobLengthMismatchException.tooLong(key, expected, count + length);
                }
                out.write(bytes, offset, length);
                count += length;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void close() {
                // The caller's output stays open.
            }
        });
        counted(-1);
        return count;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("a put reads every byte");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The caller opened the content stream and closes it.
    }

    long count() {
        return count;
    }

    private void counted(int n) throws BlobLengthMismatchException {
        if (expected == BlobStore.UNKNOWN_LENGTH) {
            count += Math.max(n, 0);
            return;
        }
        if (n < 0 && count < expected) {
            throw BlobLengthMismatchException.endedEarly(key, expected, count);
        }
        count += Math.max(n, 0);
        if (count > expected) {
            throw BlobLengthMismatchException.tooLong(key, expected, count);
        }
    }
}
