package org.custodian.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import org.custodian.evidence.crypto.ClipKey;
import org.custodian.evidence.crypto.FootageKeys;
import org.custodian.storage.BlobKey;
import org.custodian.storage.FilesystemBlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootageWriterTest {

    /** The footage keys' encryption segment: ranges and sizes around it exercise segment boundaries. */
    static final int SEGMENT = 1 << 20;

    @TempDir
    Path dir;

    private FilesystemBlobStore store;
    private FootageKeys keys;
    private FootageWriter writer;

    @BeforeEach
    void setUp() {
        store = new FilesystemBlobStore(dir.resolve("footage"));
        keys = FootageKeys.fromKeysetFile(dir.resolve("kek.json"), true);
        writer = new FootageWriter(store);
    }

    @AfterEach
    void tearDown() {
        writer.close();
    }

    static byte[] footage(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void storesCiphertextAndHashesThePlaintextInOnePass() throws Exception {
        byte[] plaintext = footage(5 * SEGMENT + 12_345, 1);
        ClipKey key = keys.newClipKey("clip-1");
        BlobKey blob = BlobKey.of("clips/2026/11/23/clip-1");

        FootageWriter.Written written = writer.write(blob, key, new ByteArrayInputStream(plaintext));

        assertThat(written.sha256().hex()).isEqualTo(sha256(plaintext));
        assertThat(written.size()).isEqualTo(plaintext.length);
        byte[] stored = Files.readAllBytes(store.root().resolve(blob.value()));
        assertThat(stored.length).isGreaterThan(plaintext.length);
        for (int at : new int[] {0, 1 << 20, plaintext.length - 64}) {
            assertThat(indexOf(stored, Arrays.copyOfRange(plaintext, at, at + 64))).as("plaintext at %d", at).isEqualTo(-1);
        }
        try (SeekableByteChannel channel = key.decrypting(new BlobChannel(store, blob))) {
            assertThat(readAll(channel, plaintext.length)).isEqualTo(plaintext);
        }
    }

    @Test
    void readsAnyRangeBackDecrypted() throws Exception {
        byte[] plaintext = footage(3 * SEGMENT + 7, 2);
        ClipKey key = keys.newClipKey("clip-2");
        BlobKey blob = BlobKey.of("clips/2026/11/23/clip-2");
        writer.write(blob, key, new ByteArrayInputStream(plaintext));

        try (SeekableByteChannel channel = key.decrypting(new BlobChannel(store, blob))) {
            for (int offset : new int[] {2 * SEGMENT + 100, 5, SEGMENT - 3}) {
                channel.position(offset);
                ByteBuffer range = ByteBuffer.allocate(10_000);
                while (range.hasRemaining() && channel.read(range) >= 0) {
                    // keep reading: a read may stop at a segment boundary
                }
                assertThat(range.array()).isEqualTo(Arrays.copyOfRange(plaintext, offset, offset + 10_000));
            }
        }
    }

    @Test
    void storesAnEmptyAndATinyStream() throws Exception {
        for (int size : new int[] {0, 1, FootageWriter.BUFFER_SIZE, SEGMENT}) {
            byte[] plaintext = footage(size, size);
            ClipKey key = keys.newClipKey("clip-" + size);
            BlobKey blob = BlobKey.of("clips/2026/11/23/clip-" + size);
            FootageWriter.Written written = writer.write(blob, key, new ByteArrayInputStream(plaintext));
            assertThat(written.sha256().hex()).isEqualTo(sha256(plaintext));
            try (SeekableByteChannel channel = key.decrypting(new BlobChannel(store, blob))) {
                assertThat(readAll(channel, size)).isEqualTo(plaintext);
            }
        }
    }

    @Test
    void aStreamThatFailsPartWayStoresNothing() throws Exception {
        BlobKey blob = BlobKey.of("clips/2026/11/23/broken");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(footage(3 * SEGMENT, 3)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset by camera");
                    }
                });

        assertThatThrownBy(() -> writer.write(blob, keys.newClipKey("broken"), failing))
                .hasMessageContaining("connection reset by camera");

        assertThat(store.exists(blob)).isFalse();
        try (Stream<Path> files = Files.walk(store.root())) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aStoreThatFailsStopsTheUpload() throws Exception {
        Files.writeString(store.root().resolve("clips"), "a file where the folder should be");
        BlobKey blob = BlobKey.of("clips/2026/11/23/unwritable");

        assertThatThrownBy(() -> writer.write(blob, keys.newClipKey("unwritable"),
                new ByteArrayInputStream(footage(6 * SEGMENT, 4))))
                .isInstanceOf(IOException.class);
    }

    private static byte[] readAll(SeekableByteChannel channel, int size) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(size);
        while (all.hasRemaining() && channel.read(all) >= 0) {
            // a read may stop at a segment boundary
        }
        assertThat(all.hasRemaining()).as("the clip ended early").isFalse();
        return all.array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
