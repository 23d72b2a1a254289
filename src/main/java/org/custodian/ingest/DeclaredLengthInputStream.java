package org.custodian.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails the read that shows a body is not the length its source announced, so the footage pipeline
 * abandons the blob before it becomes visible: a truncated or padded copy is never stored.
 */
final class DeclaredLengthInputStream extends FilterInputStream {

    static final long UNKNOWN = -1;

    private final long declared;
    private long count;

    DeclaredLengthInputStream(InputStream body, long declared) {
        super(body);
        this.declared = declared;
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

    @Override
    public long skip(long n) {
        return 0;
    }

    @Override
    public void close() {
        // The caller opened the body and closes it.
    }

    private void counted(int n) {
        if (n > 0) {
            count += n;
        }
        if (declared == UNKNOWN) {
            return;
        }
        if (count > declared) {
            throw new UploadLengthMismatchException(declared, count, true);
        }
        if (n < 0 && count < declared) {
            throw new UploadLengthMismatchException(declared, count, false);
        }
    }
}
