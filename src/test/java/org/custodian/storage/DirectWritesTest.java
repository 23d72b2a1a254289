package org.custodian.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
