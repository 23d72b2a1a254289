package org.custodian.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.custodian.evidence.crypto.FootageKeys;
import org.custodian.storage.BlobKey;
import org.custodian.storage.FilesystemBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clip's size must not show in the heap: the pipeline holds a few buffers, never the clip. */
class FootageHeapTest {

    static final long CLIP = 384L << 20;

    @TempDir
    Path dir;

    @Test
    void storingAClipHoldsTheSameHeapWhateverItsSize() throws Exception {
        FilesystemBlobStore store = new FilesystemBlobStore(dir.resolve("footage"));
        FootageKeys keys = FootageKeys.fromKeysetFile(dir.resolve("kek.json"), true);
        long[] during = new long[2];
        long before = liveHeap();
        try (FootageWriter writer = new FootageWriter(store)) {
            writer.write(BlobKey.of("clips/heap"), keys.newClipKey("heap"), new Generated(CLIP, during));
        }

        assertThat(during[1] - before).as("live heap growth at 3/4 of the clip").isLessThan(48L << 20);
        assertThat(during[1] - during[0]).as("growth between 1/4 and 3/4 of the clip").isLessThan(16L << 20);
    }

    private static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Pseudo-random bytes made on the fly; samples the live heap a quarter and three quarters of the way. */
    private static final class Generated extends InputStream {
        private final SplittableRandom random = new SplittableRandom(7);
        private final long length;
        private final long[] samples;
        private long position;

        Generated(long length, long[] samples) {
            this.length = length;
            this.samples = samples;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in blocks");
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i += 8) {
                long value = random.nextLong();
                for (int j = 0; j < 8 && i + j < n; j++) {
                    buffer[offset + i + j] = (byte) (value >>> (8 * j));
                }
            }
            sample(position, position + n);
            position += n;
            return n;
        }

        private void sample(long from, long to) {
            if (from < length / 4 && to >= length / 4) {
                samples[0] = liveHeap();
            }
            if (from < 3 * length / 4 && to >= 3 * length / 4) {
                samples[1] = liveHeap();
            }
        }
    }
}
