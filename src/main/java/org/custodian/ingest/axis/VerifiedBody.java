package org.custodian.ingest.axis;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A request body checked as it streams: its MD5 against the {@code ETag} the sender declared (no MD5 is
 * taken when none was declared, unless asked for), and its length against {@code Content-Length}. The check runs before the last bytes are handed on, so a reader
 * that stops at the declared length, or at end of stream, never sees a complete body that is wrong: it
 * gets an exception instead, and whatever it was writing is abandoned.
 */
final class VerifiedBody extends FilterInputStream {

    private final long declaredLength;
    private final String expectedMd5;
    private final MessageDigest md5;
    private long count;
    private String actualMd5;
    private boolean finished;
    private ETagMismatchException mismatch;

    /**
     * @param declaredLength {@code Content-Length}, or -1 when the body is chunked
     * @param etag           the declared MD5 in hex (quotes allowed), or null when none was declared
     * @param alwaysMd5      take the MD5 even when no ETag was declared
     */
    VerifiedBody(InputStream body, long declaredLength, String etag, boolean alwaysMd5) {
        super(body);
        this.declaredLength = declaredLength;
        this.expectedMd5 = etag == null || etag.isBlank() ? null
                : etag.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        try {
            this.md5 = expectedMd5 != null || alwaysMd5 ? MessageDigest.getInstance("MD5") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            if (declaredLength >= 0 && count < declaredLength) {
                throw new BodyTruncatedException(declaredLength, count);
            }
            finish();
            return -1;
        }
        if (md5 != null) {
            md5.update(buffer, offset, n);
        }
        count += n;
        if (declaredLength >= 0 && count > declaredLength) {
            throw new BodyTruncatedException(declaredLength, count);
        }
        if (count == declaredLength) {
            finish();
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte of a verified body is read");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The MD5 of the whole body in hex, once it has been read to the end; null when none was taken. */
    String md5() {
        return actualMd5;
    }

    long count() {
        return count;
    }

    private void finish() throws ETagMismatchException {
        if (mismatch != null) {
            throw mismatch;
        }
        if (finished) {
            return;
        }
        finished = true;
        if (md5 == null) {
            return;
        }
        String actual = HexFormat.of().formatHex(md5.digest());
        if (expectedMd5 != null && !expectedMd5.equals(actual)) {
            mismatch = new ETagMismatchException(expectedMd5, actual);
            throw mismatch;
        }
        actualMd5 = actual;
    }
}
