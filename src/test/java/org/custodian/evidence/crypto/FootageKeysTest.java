package org.custodian.evidence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootageKeysTest {

    @TempDir
    Path dir;

    private static byte[] footage(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] encrypt(ClipKey key, byte[] plaintext) throws IOException {
        ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
        try (OutputStream out = key.encrypting(ciphertext)) {
            out.write(plaintext);
        }
        return ciphertext.toByteArray();
    }

    private static byte[] read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading until the slice is full
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    @Test
    void encryptsAndDecryptsAnySliceAcrossSegments() throws IOException {
        FootageKeys keys = FootageKeys.fromKeysetFile(dir.resolve("kek.json"), true);
        ClipKey key = keys.newClipKey("clip-1");
        byte[] plaintext = footage(3 * 1024 * 1024 + 123);
        byte[] ciphertext = encrypt(key, plaintext);
        assertThat(ciphertext.length).isGreaterThan(plaintext.length);
        // No run of the footage appears in the stored bytes.
        assertThat(new String(ciphertext, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(plaintext, 1000, 32, java.nio.charset.StandardCharsets.ISO_8859_1));

        ClipKey reopened = keys.unwrap("clip-1", key.wrapped());
        try (SeekableByteChannel channel = reopened.decrypting(new InMemoryChannel(ciphertext))) {
            int from = 1024 * 1024 - 10;
            assertThat(read(channel, from, 5000)).isEqualTo(Arrays.copyOfRange(plaintext, from, from + 5000));
            assertThat(read(channel, plaintext.length - 7, 100))
                    .isEqualTo(Arrays.copyOfRange(plaintext, plaintext.length - 7, plaintext.length));
            assertThat(channel.size()).isEqualTo(plaintext.length);
        }
    }

    @Test
    void aDataKeyWrappedForOneClipCannotOpenAnother() {
        FootageKeys keys = FootageKeys.fromKeysetFile(dir.resolve("kek.json"), true);
        byte[] wrapped = keys.newClipKey("clip-1").wrapped();
        assertThatThrownBy(() -> keys.unwrap("clip-2", wrapped)).hasMessageContaining("cannot be unwrapped");
    }

    @Test
    void alteredCiphertextIsRefusedNotReturned() throws IOException {
        FootageKeys keys = FootageKeys.fromKeysetFile(dir.resolve("kek.json"), true);
        ClipKey key = keys.newClipKey("clip-1");
        byte[] ciphertext = encrypt(key, footage(100_000));
        ciphertext[50_000] ^= 1;
        try (SeekableByteChannel channel = key.decrypting(new InMemoryChannel(ciphertext))) {
            assertThatThrownBy(() -> read(channel, 40_000, 20_000)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void theKeyEncryptionKeyIsKeptAcrossRestartsAndReadableByTheOwnerOnly() throws IOException {
        Path file = dir.resolve("keys/kek.json");
        byte[] wrapped = FootageKeys.fromKeysetFile(file, true).newClipKey("clip-9").wrapped();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        FootageKeys again = FootageKeys.fromKeysetFile(file, false);
        assertThat(again.unwrap("clip-9", wrapped).wrapped()).isEqualTo(wrapped);
    }

    @Test
    void aMissingKeyEncryptionKeyIsNotSilentlyReplaced() {
        assertThatThrownBy(() -> FootageKeys.fromKeysetFile(dir.resolve("absent.json"), false))
                .hasMessageContaining("not found");
    }

    /** A seekable channel over a byte array, standing in for a stored blob. */
    static final class InMemoryChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private long position;

        InMemoryChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, (int) position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
