package org.custodian.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;

/**
 * A read-only, seekable view of a stored blob through range reads, so decryption fetches only the
 * segments a request needs (from a file or an S3 object alike). Sequential reads reuse one open range;
 * a seek opens a new one.
 */
final class BlobChannel implements SeekableByteChannel {

    private final BlobStore store;
    private final BlobKey key;
    private final long size;
    private long position;
    private InputStream range;
    private long rangePosition;
    private boolean open = true;

    BlobChannel(BlobStore store, BlobKey key) throws IOException {
        this.store = store;
        this.key = key;
        this.size = store.size(key);
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        if (!open) {
            throw new ClosedChannelException();
        }
        if (position >= size) {
            return -1;
        }
        if (!target.hasRemaining()) {
            return 0;
        }
        if (range == null || rangePosition != position) {
            closeRange();
            range = store.openRange(key, position, size - position);
            rangePosition = position;
        }
        int wanted = (int) Math.min(target.remaining(), size - position);
        byte[] bytes = target.hasArray() ? target.array() : new byte[Math.min(wanted, 1 << 16)];
        int offset = target.hasArray() ? target.arrayOffset() + target.position() : 0;
        int n = range.read(bytes, offset, Math.min(wanted, bytes.length - offset));
        if (n < 0) {
            throw new IOException("Blob " + key + " ended at " + position + " of its " + size + " bytes");
        }
        if (target.hasArray()) {
            target.position(target.position() + n);
        } else {
            target.put(bytes, 0, n);
        }
        position += n;
        rangePosition += n;
        return n;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("A position cannot be negative");
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        closeRange();
    }

    private void closeRange() throws IOException {
        if (range != null) {
            InputStream closing = range;
            range = null;
            closing.close();
        }
    }
}
