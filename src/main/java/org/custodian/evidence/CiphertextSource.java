package org.custodian.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.custodian.evidence.crypto.ClipKey;
import org.custodian.shared.Sha256;

/**
 * The encrypted form of an upload as a stream for the blob store to pull: each read takes the next
 * plaintext buffer from the hand-off, hashes it and encrypts it on the store's own thread, so hashing,
 * encryption and writing run beside the reading of the request. Ends when the upload ends; fails when it
 * was abandoned.
 */
final class CiphertextSource extends InputStream {

    private final Handoff handoff;
    private final Sink sink = new Sink();
    private final OutputStream encrypting;
    private final MessageDigest sha256;
    private long size;
    private boolean ended;

    CiphertextSource(Handoff handoff, ClipKey key) throws IOException {
        this.handoff = handoff;
        this.encrypting = key.encrypting(sink);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The SHA-256 of the plaintext; only once the source has ended. */
    Sha256 sha256() {
        if (!ended) {
            throw new IllegalStateException("The upload has not ended yet");
        }
        return Sha256.of(sha256.digest());
    }

    /** Plaintext bytes taken so far. */
    long size() {
        return size;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (sink.isEmpty()) {
            if (ended) {
                return -1;
            }
            pull();
        }
        return sink.drainTo(target, offset, length);
    }

    /**
     * Encrypts the rest of the upload straight into {@code out}, without passing through this stream's
     * buffer: a store that writes to a file takes the ciphertext as Tink produces it, one copy fewer.
     */
    @Override
    public long transferTo(OutputStream out) throws IOException {
        long transferred = sink.drainTo(out);
        sink.forwardTo(out);
        try {
            while (!ended) {
                pull();
            }
        } finally {
            transferred += sink.forwardTo(null);
        }
        return transferred;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    private void pull() throws IOException {
        Handoff.Chunk chunk = handoff.next();
        if (chunk == null) {
            encrypting.close();
            ended = true;
            return;
        }
        try {
            sha256.update(chunk.buffer(), 0, chunk.length());
            size += chunk.length();
            encrypting.write(chunk.buffer(), 0, chunk.length());
        } finally {
            handoff.recycle(chunk.buffer());
        }
    }

    /**
     * Ciphertext the encrypting stream has produced and the store has not yet read, or, while the store
     * takes a transfer, the store's own output the ciphertext goes straight to.
     */
    private static final class Sink extends OutputStream {
        // Small until a reader needs it larger: a store that takes a transfer never buffers more than the header.
        private byte[] bytes = new byte[4096];
        private int start;
        private int end;
        private OutputStream target;
        private long forwarded;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] source, int offset, int length) throws IOException {
            if (target != null) {
                target.write(source, offset, length);
                forwarded += length;
                return;
            }
            if (end + length > bytes.length) {
                byte[] larger = new byte[Math.max(bytes.length * 2, end - start + length)];
                System.arraycopy(bytes, start, larger, 0, end - start);
                end -= start;
                start = 0;
                bytes = larger;
            }
            System.arraycopy(source, offset, bytes, end, length);
            end += length;
        }

        /** Sends later writes to {@code out} (null: buffer them again); returns the bytes forwarded until now. */
        long forwardTo(OutputStream out) {
            long sent = forwarded;
            target = out;
            forwarded = 0;
            return sent;
        }

        long drainTo(OutputStream out) throws IOException {
            int n = end - start;
            out.write(bytes, start, n);
            start = 0;
            end = 0;
            return n;
        }

        boolean isEmpty() {
            return start == end;
        }

        int drainTo(byte[] target, int offset, int length) {
            int n = Math.min(length, end - start);
            System.arraycopy(bytes, start, target, offset, n);
            start += n;
            if (start == end) {
                start = 0;
                end = 0;
            }
            return n;
        }
    }
}
