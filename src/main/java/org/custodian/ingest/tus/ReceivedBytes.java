package org.custodian.ingest.tus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

import org.custodian.shared.InvalidValueException;

/**
 * A PATCH body as it arrives: refused past the upload's remaining bytes, hashed for the checksum, and, when
 * {@code keepPartial}, ended rather than failed when the connection drops, so bytes that did arrive are
 * kept and the upload resumes after them (tus asks servers to keep as much as possible).
 */
final class ReceivedBytes extends FilterInputStream {

    private final long remaining;
    private final boolean keepPartial;
    private final MessageDigest digest = Checksum.digest();
    private long count;
    private boolean interrupted;

    ReceivedBytes(InputStream body, long remaining, boolean keepPartial) {
        super(body);
        this.remaining = remaining;
        this.keepPartial = keepPartial;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (interrupted) {
            return -1;
        }
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException dropped) {
            if (!keepPartial) {
                throw dropped;
            }
            interrupted = true;
            return -1;
        }
        if (n > 0) {
            count += n;
            if (count > remaining) {
                throw new InvalidValueException("The PATCH carries more than the " + remaining
                        + " bytes the upload still expects; the chunk was discarded");
            }
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public void close() {
        // The servlet container owns the request body.
    }

    MessageDigest digest() {
        return digest;
    }

    boolean interrupted() {
        return interrupted;
    }
}
