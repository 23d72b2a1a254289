package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A stream of pseudo-random bytes made on the fly, the same for the same seed, so tests can move large
 * blobs without holding them. Can run a check once a given number of bytes has been read.
 */
final class GeneratedContent extends InputStream {

    private final SplittableRandom random;
    private final long length;
    private final long checkAt;
    private final Runnable check;
    private long position;

    GeneratedContent(long seed, long length) {
        this(seed, length, -1, () -> { });
    }

    GeneratedContent(long seed, long length, long checkAt, Runnable check) {
        this.random = new SplittableRandom(seed);
        this.length = length;
        this.checkAt = checkAt;
        this.check = check;
    }

    static String sha256Of(long seed, long length) throws IOException {
        return sha256(new GeneratedContent(seed, length));
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            // One draw per byte keeps the output independent of how reads are split.
            buffer[offset + i] = (byte) random.nextInt(256);
        }
        long before = position;
        position += n;
        if (checkAt >= 0 && before < checkAt && position >= checkAt) {
            check.run();
        }
        return n;
    }
}
