package org.custodian.evidence.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.StreamingAead;

/**
 * A clip's own data key, usable for streaming encryption and for seekable decryption (so an HTTP range
 * request decrypts only the segments it serves). The ciphertext is bound to the clip's identifier.
 */
public final class ClipKey {

    private final StreamingAead aead;
    private final byte[] associatedData;
    private final byte[] wrapped;

    ClipKey(StreamingAead aead, String clipId, byte[] wrapped) {
        this(aead, associatedData(clipId), wrapped);
    }

    private ClipKey(StreamingAead aead, byte[] associatedData, byte[] wrapped) {
        this.aead = aead;
        this.associatedData = associatedData;
        this.wrapped = wrapped.clone();
    }

    /**
     * The same data key for a blob derived from the clip (a poster, a rendition), its ciphertext bound to
     * the derived blob's name as well, so one derived blob can never be passed off as another or as the clip.
     */
    public ClipKey forDerived(String name) {
        byte[] suffix = ("/derived/" + name).getBytes(StandardCharsets.UTF_8);
        byte[] bound = java.util.Arrays.copyOf(associatedData, associatedData.length + suffix.length);
        System.arraycopy(suffix, 0, bound, associatedData.length, suffix.length);
        return new ClipKey(aead, bound, wrapped);
    }

    static byte[] associatedData(String clipId) {
        return ("custodian-clip:" + clipId).getBytes(StandardCharsets.UTF_8);
    }

    /** The data key encrypted under the key-encryption key: the only form in which it is stored. */
    public byte[] wrapped() {
        return wrapped.clone();
    }

    /** Plaintext written to the returned stream arrives encrypted in {@code ciphertext}; close it to finish. */
    public OutputStream encrypting(OutputStream ciphertext) throws IOException {
        try {
            return aead.newEncryptingStream(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot start encryption", e);
        }
    }

    /**
     * A plaintext view of the stored ciphertext that reads only the segments a position needs. Its size is
     * known only after the first read; callers take the plaintext size from the clip's record instead.
     */
    public SeekableByteChannel decrypting(SeekableByteChannel ciphertext) throws IOException {
        try {
            return aead.newSeekableDecryptingChannel(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot start decryption", e);
        }
    }
}
