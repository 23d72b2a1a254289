package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.nio.file.ExtendedOpenOption;

/**
 * Writes a new file with {@code O_DIRECT}, past the page cache. Footage is written once and seldom read
 * soon after, so caching it only pushes out what is worth caching (the database's pages), and copying it
 * into page-cache pages cost the ingest up to 2 s of CPU per GB where memory was fresh to the kernel, more
 * than hashing it (docs/benchmarks.md). Direct writes need block-aligned memory, offsets and lengths: whole
 * aligned buffers are written, the last one padded with zeros, and the file is then cut to its length. Not
 * every file system takes {@code O_DIRECT} (tmpfs before Linux 6.6 does not): {@link #supportedIn} probes.
 */
final class DirectWrites {

    static final int BUFFER_SIZE = 256 << 10;
    private static final int KEEP_IDLE = 16;
    private static final ConcurrentLinkedQueue<ByteBuffer> IDLE = new ConcurrentLinkedQueue<>();

    private DirectWrites() {
    }

    /** The alignment direct writes need in {@code folder}, or 0 when its file system refuses them. */
    static int supportedIn(Path folder) {
        Path probe = null;
        try {
            int alignment = alignment(folder);
            probe = Files.createTempFile(folder, "~probe-direct-", ".tmp");
            try (FileChannel out = FileChannel.open(probe, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT)) {
                ByteBuffer block = ByteBuffer.allocateDirect(2 * alignment).alignedSlice(alignment);
                block.limit(alignment);
                out.write(block);
                out.truncate(1);
            }
            return alignment;
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // A probe file left behind starts with '~', which no blob key can: it is never taken for a blob.
                }
            }
        }
    }

    /** Copies {@code content} into the empty file {@code file} with direct writes; does not force it. */
    static long copy(InputStream content, Path file, int alignment) throws IOException {
        ByteBuffer buffer = take(alignment);
        byte[] staging = new byte[BUFFER_SIZE];
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT)) {
            long total = 0;
            int n;
            do {
                n = content.readNBytes(staging, 0, BUFFER_SIZE);
                buffer.clear();
                buffer.put(staging, 0, n);
                int padded = (n + alignment - 1) / alignment * alignment;
                while (buffer.position() < padded) {
                    buffer.put((byte) 0);
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                total += n;
            } while (n == BUFFER_SIZE);
            if (total % alignment != 0) {
                out.truncate(total);
            }
            return total;
        } finally {
            give(buffer);
        }
    }

    private static int alignment(Path folder) throws IOException {
        long blockSize = Files.getFileStore(folder).getBlockSize();
        if (blockSize <= 0 || blockSize > BUFFER_SIZE || Long.bitCount(blockSize) != 1) {
            throw new IOException("Unusable block size " + blockSize + " in " + folder);
        }
        return (int) Math.max(blockSize, 4096);
    }

    // Direct memory is freed only when the collector gets round to its buffer, so a few are kept and reused.
    private static ByteBuffer take(int alignment) {
        ByteBuffer buffer = IDLE.poll();
        if (buffer != null && buffer.alignmentOffset(0, alignment) == 0) {
            return buffer;
        }
        return ByteBuffer.allocateDirect(BUFFER_SIZE + alignment).alignedSlice(alignment).limit(BUFFER_SIZE);
    }

    private static void give(ByteBuffer buffer) {
        if (IDLE.size() < KEEP_IDLE) {
            IDLE.offer(buffer);
        }
    }
}
