package org.custodian.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What every blob store does, whatever keeps the bytes. Each adapter's test supplies a fresh, empty store. */
abstract class BlobStoreContract {

    static final long MiB = 1 << 20;

    protected BlobStore store;

    protected abstract BlobStore newStore() throws Exception;

    @BeforeEach
    void createStore() throws Exception {
        store = newStore();
    }

    @Test
    void putThenOpenReturnsSameBytes() throws IOException {
        BlobKey key = clipKey();
        byte[] bytes = "footage from camera 0042".getBytes(UTF_8);

        StoredBlob stored = store.put(key, new ByteArrayInputStream(bytes), bytes.length);

        assertThat(stored).isEqualTo(new StoredBlob(key, bytes.length));
        assertThat(read(store.open(key))).isEqualTo(bytes);
        assertThat(store.size(key)).isEqualTo(bytes.length);
    }

    @Test
    void putOfUnknownLengthStoresWholeStream() throws IOException {
        BlobKey key = clipKey();

        StoredBlob stored = store.put(key, new GeneratedContent(7, 300_000), BlobStore.UNKNOWN_LENGTH);

        assertThat(stored.size()).isEqualTo(300_000);
        assertThat(GeneratedContent.sha256(store.open(key))).isEqualTo(GeneratedContent.sha256Of(7, 300_000));
    }

    @Test
    void storesEmptyBlob() throws IOException {
        BlobKey key = clipKey();

        store.put(key, InputStream.nullInputStream(), 0);

        assertThat(store.exists(key)).isTrue();
        assertThat(store.size(key)).isZero();
        assertThat(read(store.open(key))).isEmpty();
    }

    @Test
    void putReplacesExistingBlob() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("first"), 5);

        store.put(key, stream("second"), 6);

        assertThat(new String(read(store.open(key)), UTF_8)).isEqualTo("second");
    }

    @Test
    void refusesTruncatedStreamAndStoresNothing() {
        BlobKey key = clipKey();

        assertThatThrownBy(() -> store.put(key, stream("only ten b"), 11))
                .isInstanceOf(BlobLengthMismatchException.class).hasMessageContaining("ended after 10");

        assertNothingStored(key);
    }

    @Test
    void refusesOverlongStreamAndStoresNothing() {
        BlobKey key = clipKey();

        assertThatThrownBy(() -> store.put(key, stream("eleven byte"), 10))
                .isInstanceOf(BlobLengthMismatchException.class).hasMessageContaining("has more");

        assertNothingStored(key);
    }

    @Test
    void refusesTruncatedLargeStreamAndStoresNothing() {
        BlobKey key = clipKey();

        assertThatThrownBy(() -> store.put(key, new GeneratedContent(3, 20 * MiB), 30 * MiB))
                .isInstanceOf(BlobLengthMismatchException.class);

        assertNothingStored(key);
    }

    @Test
    void failedPutLeavesPreviousBlobIntact() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("original"), 8);
        InputStream failing = new SequenceInputStream(new GeneratedContent(5, 12 * MiB), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("camera dock unplugged");
            }
        });

        assertThatThrownBy(() -> store.put(key, failing, BlobStore.UNKNOWN_LENGTH))
                .hasStackTraceContaining("camera dock unplugged");

        assertThat(new String(read(store.open(key)), UTF_8)).isEqualTo("original");
        assertThat(store.list("")).containsExactly(key);
        assertNoLeftovers();
    }

    @Test
    void refusesNegativeExpectedLength() {
        assertThatThrownBy(() -> store.put(clipKey(), stream("x"), -2)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rangeReadReturnsExactSlice() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("0123456789abcdef"), 16);

        assertThat(new String(read(store.openRange(key, 4, 6)), UTF_8)).isEqualTo("456789");
        assertThat(new String(read(store.openRange(key, 0, 1)), UTF_8)).isEqualTo("0");
        assertThat(new String(read(store.openRange(key, 15, 1)), UTF_8)).isEqualTo("f");
    }

    @Test
    void rangeReadStopsAtEndOfBlob() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("0123456789"), 10);

        assertThat(new String(read(store.openRange(key, 7, 100)), UTF_8)).isEqualTo("789");
        assertThat(new String(read(store.openRange(key, 7, Long.MAX_VALUE)), UTF_8)).isEqualTo("789");
    }

    @Test
    void rangeReadOfNothingIsEmpty() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("0123456789"), 10);

        assertThat(read(store.openRange(key, 3, 0))).isEmpty();
        assertThat(read(store.openRange(key, 10, 0))).isEmpty();
    }

    @Test
    void refusesRangeStartingAtOrPastTheEnd() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("0123456789"), 10);

        assertThatThrownBy(() -> read(store.openRange(key, 10, 1))).isInstanceOf(RangeNotSatisfiableException.class);
        assertThatThrownBy(() -> read(store.openRange(key, 11, 0))).isInstanceOf(RangeNotSatisfiableException.class);
        assertThatThrownBy(() -> store.openRange(key, -1, 5)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> store.openRange(key, 0, -5)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rangeReadInsideLargeBlobReturnsExactSlice() throws IOException {
        BlobKey key = clipKey();
        long length = 12 * MiB;
        store.put(key, new GeneratedContent(11, length), length);
        byte[] whole = read(new GeneratedContent(11, length));

        byte[] slice = read(store.openRange(key, 9 * MiB - 3, MiB + 7));

        assertThat(slice).isEqualTo(Arrays.copyOfRange(whole, (int) (9 * MiB - 3), (int) (10 * MiB + 4)));
    }

    @Test
    void missingBlobIsReportedAsNotFound() throws IOException {
        BlobKey key = clipKey();

        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(BlobNotFoundException.class)
                .hasMessageContaining(key.value());
        assertThatThrownBy(() -> store.openRange(key, 0, 10)).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> store.size(key)).isInstanceOf(BlobNotFoundException.class);
    }

    @Test
    void deleteIsIdempotent() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("evidence"), 8);

        assertThat(store.delete(key)).isTrue();
        assertThat(store.exists(key)).isFalse();
        assertThat(store.delete(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(BlobNotFoundException.class);
    }

    @Test
    void deletesManyAtOnceSkippingKeysWithNoBlob() throws IOException {
        List<BlobKey> keys = new ArrayList<>();
        for (int i = 0; i < 1003; i++) {
            BlobKey key = BlobKey.of("clips/2026/11/" + (20 + i % 3) + "/many-" + i);
            if (i % 10 != 0) {
                store.put(key, stream("clip " + i), ("clip " + i).length());
            }
            keys.add(key);
        }
        BlobKey kept = BlobKey.of("clips/2026/11/20/kept");
        store.put(kept, stream("kept"), 4);

        store.deleteAll(keys);

        assertThat(keys).noneMatch(this::exists);
        assertThat(store.list("clips/").toList()).containsExactly(kept);
        store.deleteAll(keys);
        store.deleteAll(List.of());
        assertThat(store.exists(kept)).isTrue();
    }

    private boolean exists(BlobKey key) {
        try {
            return store.exists(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listsByPrefix() throws IOException {
        for (String key : new String[] {"clips/2026/11/23/b", "clips/2026/11/23/a", "clips/2026/11/24/c",
                "clips/2026/12/01/d", "stills/2026/11/23/e"}) {
            store.put(BlobKey.of(key), stream(key), key.length());
        }

        assertThat(store.list("clips/2026/11/").map(BlobKey::value))
                .containsExactly("clips/2026/11/23/a", "clips/2026/11/23/b", "clips/2026/11/24/c");
        assertThat(store.list("clips/2026/1").map(BlobKey::value))
                .containsExactly("clips/2026/11/23/a", "clips/2026/11/23/b", "clips/2026/11/24/c",
                        "clips/2026/12/01/d");
        assertThat(store.list("clips/2026/11/23/a").map(BlobKey::value)).containsExactly("clips/2026/11/23/a");
        assertThat(store.list("")).hasSize(5);
        assertThat(store.list("audio/")).isEmpty();
    }

    @Test
    void listsKeysInAscendingCharacterOrder() throws IOException {
        // '-' and '.' sort before '/', '0' after it: a folder walk that sorted bare names would get this wrong.
        for (String key : new String[] {"a0", "a/b", "a-c", "a.d", "a/a/z", "b"}) {
            store.put(BlobKey.of(key), stream(key), key.length());
        }

        assertThat(store.list("").map(BlobKey::value)).containsExactly("a-c", "a.d", "a/a/z", "a/b", "a0", "b");
    }

    @Test
    void rejectsPathTraversalKeys() {
        for (String attempt : new String[] {"../outside", "clips/../../etc/passwd", "/etc/passwd", "clips//x",
                "clips/./x", "CLIPS/x", "clips\\..\\x"}) {
            assertThatThrownBy(() -> BlobKey.of(attempt)).as(attempt).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> store.list("../")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> store.list("/")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void largeBlobStreamsWithoutHoldingItInMemory() throws IOException {
        BlobKey key = clipKey();
        long length = 64 * MiB;
        long baseline = LiveHeap.bytes();
        AtomicLong heldWhileWriting = new AtomicLong();
        AtomicLong heldWhileReading = new AtomicLong();

        store.put(key, new GeneratedContent(42, length, length * 3 / 4,
                () -> heldWhileWriting.set(LiveHeap.bytes() - baseline)), length);
        String readBack;
        try (InputStream in = new CheckingStream(store.open(key), length * 3 / 4,
                () -> heldWhileReading.set(LiveHeap.bytes() - baseline))) {
            readBack = GeneratedContent.sha256(in);
        }

        assertThat(readBack).isEqualTo(GeneratedContent.sha256Of(42, length));
        assertThat(store.size(key)).isEqualTo(length);
        assertThat(heldWhileWriting.get()).as("heap held while writing").isLessThan(length / 2);
        assertThat(heldWhileReading.get()).as("heap held while reading").isLessThan(length / 2);
    }

    @Test
    void largeBlobOfUnknownLengthIsStoredWhole() throws IOException {
        BlobKey key = clipKey();
        long length = 20 * MiB + 12345;

        StoredBlob stored = store.put(key, new GeneratedContent(9, length), BlobStore.UNKNOWN_LENGTH);

        assertThat(stored.size()).isEqualTo(length);
        assertThat(GeneratedContent.sha256(store.open(key))).isEqualTo(GeneratedContent.sha256Of(9, length));
    }

    @Test
    void reportsItselfAvailable() throws IOException {
        store.checkAvailable();
    }

    private void assertNothingStored(BlobKey key) {
        try {
            assertThat(store.exists(key)).isFalse();
            assertThat(store.list("")).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertNoLeftovers();
    }

    /** Checks that a failed put left nothing behind that the listing cannot see (temporary files, parts). */
    protected abstract void assertNoLeftovers();

    static BlobKey clipKey() {
        return BlobKey.of("clips/2026/11/23/" + UUID.randomUUID());
    }

    static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(UTF_8));
    }

    static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    /** Passes a stream through and runs a check once a given number of bytes has gone by. */
    private static final class CheckingStream extends FilterInputStream {

        private final long checkAt;
        private final Runnable check;
        private long position;

        CheckingStream(InputStream in, long checkAt, Runnable check) {
            super(in);
            this.checkAt = checkAt;
            this.check = check;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && position < checkAt && position + n >= checkAt) {
                check.run();
            }
            position += Math.max(n, 0);
            return n;
        }
    }
}
