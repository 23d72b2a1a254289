package org.custodian.evidence;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.custodian.evidence.crypto.ClipKey;
import org.custodian.evidence.crypto.FootageKeys;
import org.custodian.evidence.jdbc.Clips;
import org.custodian.shared.NotFoundException;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.custodian.storage.LimitedInputStream;
import org.springframework.stereotype.Component;

/**
 * Blobs made from a clip (a poster image, a thumbnail strip, a playable rendition), filed under
 * {@code derived/<clip id>/<name>} and encrypted under the clip's own data key: crypto-shredding the clip
 * makes them unreadable with it, and no plaintext of them is ever written to disk. The orphan reconciler
 * lists only {@link Footage#PREFIX}, so it never takes them for orphans.
 */
@Component
public class DerivedFootage {

    public static final String PREFIX = "derived/";

    /** Writes a derived blob's plaintext to the stream it is given (and does not close it). */
    @FunctionalInterface
    public interface Maker {
        void writeTo(OutputStream plaintext) throws IOException;
    }

    private final BlobStore store;
    private final FootageKeys keys;
    private final Clips clips;

    DerivedFootage(BlobStore store, FootageKeys keys, Clips clips) {
        this.store = store;
        this.keys = keys;
        this.clips = clips;
    }

    public static BlobKey blobKey(ClipId id, String name) {
        return BlobKey.of(PREFIX + id + "/" + name);
    }

    /**
     * Encrypts what {@code maker} writes to the derived blob {@code name} (replacing it) and returns the
     * plaintext's length once the blob is durable. The maker runs on a thread of its own, its output piped
     * through encryption into the store; when either side fails, nothing new is stored.
     */
    public long store(ClipId id, String name, Maker maker) throws IOException {
        ClipKey key = key(id).forDerived(name);
        PipedInputStream ciphertext = new PipedInputStream(1 << 20);
        PipedOutputStream into = new PipedOutputStream(ciphertext);
        FutureTask<Long> making = new FutureTask<>(() -> {
            try (Counting plaintext = new Counting(key.encrypting(into))) {
                maker.writeTo(plaintext);
                return plaintext.count;
            }
        });
        Thread thread = new Thread(making, "derived-footage-" + name);
        thread.setDaemon(true);
        thread.start();
        InputStream checked = new FilterInputStream(ciphertext) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                return b < 0 ? ended(making, b) : b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                return n < 0 ? ended(making, n) : n;
            }
        };
        try {
            store.put(blobKey(id, name), checked, BlobStore.UNKNOWN_LENGTH);
            return outcome(making);
        } finally {
            ciphertext.close();
            making.cancel(false);
        }
    }

    /**
     * Up to {@code length} plaintext bytes from {@code offset} of the derived blob whose plaintext is
     * {@code size} bytes long, decrypting only the segments they lie in.
     */
    public InputStream open(ClipId id, String name, long size, long offset, long length) throws IOException {
        ClipKey key = key(id).forDerived(name);
        BlobChannel ciphertext = new BlobChannel(store, blobKey(id, name));
        SeekableByteChannel plaintext;
        try {
            plaintext = key.decrypting(ciphertext);
            plaintext.position(offset);
        } catch (IOException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
        return new LimitedInputStream(Channels.newInputStream(plaintext), Math.max(0, Math.min(length, size - offset)));
    }

    public boolean exists(ClipId id, String name) throws IOException {
        return store.exists(blobKey(id, name));
    }

    private ClipKey key(ClipId id) {
        byte[] wrapped = clips.wrappedKey(id).orElseThrow(() -> new NotFoundException("Data key of clip", id));
        return keys.unwrap(id.toString(), wrapped);
    }

    /** At the end of the ciphertext: a maker that failed must fail the store too, not leave a short blob. */
    private static int ended(FutureTask<Long> making, int end) throws IOException {
        outcome(making);
        return end;
    }

    private static long outcome(FutureTask<Long> making) throws IOException {
        try {
            return making.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while a derived blob was made", e);
        }
    }

    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
