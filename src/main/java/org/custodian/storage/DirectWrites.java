package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.sun.nio.file.ExtendedOpenOption;

/**
 * Writes a new file with {@code O_DIRECT}, past the page cache. Footage is written once and seldom read
 * soon after, so caching it only pushes out what is worth caching (the database's pages), and copying it
 * into page-cache pages cost the ingest up to 2 s of CPU per GB where memory was fresh to the kernel, more
 * than hashing it (docs/benchmarks.md). Direct writes need block-aligned memory, offsets and lengths; a
 * direct write also returns only once the device has the bytes, so {@link DirectFileOutput} keeps a write
 * on its way to the device while the next buffer fills. Not every file system takes {@code O_DIRECT}
 * (tmpfs before Linux 6.6 does not): {@link #supportedIn} probes.
 */
final class DirectWrites {

    /** How much one direct write carries: large writes keep the device busy, small ones wait on its latency. */
    static final int BUFFER_SIZE = DirectFileOutput.BUFFER_SIZE;

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

    /**
     * Copies {@code content} into the empty file {@code file} with direct writes; does not force it. The
     * content is asked to {@link InputStream#transferTo transfer itself}, so a source that produces its
     * bytes into an output stream (the footage encryptor) writes them straight into the aligned buffers.
     */
    static long copy(InputStream content, Path file, int alignment) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT);
                DirectFileOutput out = new DirectFileOutput(channel, alignment)) {
            content.transferTo(out);
            return out.finish();
        }
    }

    private static int alignment(Path folder) throws IOException {
        long blockSize = Files.getFileStore(folder).getBlockSize();
        if (blockSize <= 0 || blockSize > BUFFER_SIZE || Long.bitCount(blockSize) != 1) {
            throw new IOException("Unusable block size " + blockSize + " in " + folder);
        }
        return (int) Math.max(blockSize, 4096);
    }
}
