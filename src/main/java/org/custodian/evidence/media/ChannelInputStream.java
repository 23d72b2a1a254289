package org.custodian.evidence.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * A decrypted clip as the stream FFmpeg reads through JavaCV, seekable the way JavaCV seeks a stream:
 * {@code reset} to the mark (the start) and {@code skip} forward. Skipping only moves the channel's position,
 * so a seek decrypts nothing it passes over. Stops at {@code size}, the clip's plaintext length, because
 * a decrypting channel may answer 0 rather than -1 at its end.
 */
final class ChannelInputStream extends InputStream {

    private final SeekableByteChannel channel;
    private final long size;
    private long position;
    private long mark;

    ChannelInputStream(SeekableByteChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (position >= size) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        channel.position(position);
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, (int) Math.min(length, size - position));
        int n = 0;
        for (int tries = 0; n == 0 && tries < 1000; tries++) {
            n = channel.read(buffer);
        }
        if (n <= 0) {
            throw new IOException("Footage ended at " + position + " of its " + size + " bytes");
        }
        position += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, size - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - position);
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readLimit) {
        mark = position;
    }

    @Override
    public synchronized void reset() {
        position = mark;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
