package org.custodian.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectWritesTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryLengthExactlyThoughItWritesWholeAlignedBlocks() throws IOException {
        int alignment = DirectWrites.supportedIn(dir);
        assumeThat(alignment).as("O_DIRECT in %s", dir).isPositive();
        int buffer = DirectWrites.BUFFER_SIZE;
        for (int size : new int[] {0, 1, alignment - 1, alignment, alignment + 1, buffer - 1, buffer, buffer + 1,
            3 * buffer + 4097}) {
            byte[] content = new byte[size];
            new Random(size).nextBytes(content);
            Path file = Files.createFile(dir.resolve("blob-" + size));

            long written = DirectWrites.copy(new ByteArrayInputStream(content), file, alignment);

            assertThat(written).isEqualTo(size);
            assertThat(Files.readAllBytes(file)).as("%d bytes", size).isEqualTo(content);
        }
    }

    @Test
    void writesWhatASourceHandsOverInPiecesOfAnySize() throws IOException {
        int alignment = DirectWrites.supportedIn(dir);
        assumeThat(alignment).as("O_DIRECT in %s", dir).isPositive();
        byte[] content = new byte[5 * DirectWrites.BUFFER_SIZE + 12345];
        new Random(7).nextBytes(content);
        Path file = Files.createFile(dir.resolve("pieces"));

        long written = DirectWrites.copy(new PiecesSource(content, new Random(11), null), file, alignment);

        assertThat(written).isEqualTo(content.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void aSourceThatFailsPartWayFailsTheCopy() throws IOException {
        int alignment = DirectWrites.supportedIn(dir);
        assumeThat(alignment).as("O_DIRECT in %s", dir).isPositive();
        byte[] content = new byte[4 * DirectWrites.BUFFER_SIZE];
        Path file = Files.createFile(dir.resolve("failing"));

        assertThatThrownBy(() -> DirectWrites.copy(new PiecesSource(content, new Random(3), 3L * DirectWrites.BUFFER_SIZE
                + 5), file, alignment)).isInstanceOf(IOException.class).hasMessageContaining("source failed");
        // No write is still under way: the file can be replaced at once, and stays as it is afterwards.
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }

    /** Hands its bytes to the output in pieces of random sizes, as an encryptor does; can fail after some bytes. */
    private static final class PiecesSource extends InputStream {
        private final byte[] content;
        private final Random sizes;
        private final Long failAfter;

        PiecesSource(byte[] content, Random sizes, Long failAfter) {
            this.content = content;
            this.sizes = sizes;
            this.failAfter = failAfter;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("transferred, not read");
        }

        @Override
        public long transferTo(OutputStream out) throws IOException {
            int at = 0;
            while (at < content.length) {
                int n = Math.min(content.length - at, 1 + sizes.nextInt(3 * DirectWrites.BUFFER_SIZE / 2));
                if (failAfter != null && at + n > failAfter) {
                    throw new IOException("The source failed after " + at + " bytes");
                }
                out.write(content, at, n);
                at += n;
            }
            return at;
        }
    }

    @Test
    void leavesNoProbeBehind() throws IOException {
        DirectWrites.supportedIn(dir);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void saysNoWhereItCannotWriteAProbe() {
        assertThat(DirectWrites.supportedIn(dir.resolve("no such folder"))).isZero();
    }
}
