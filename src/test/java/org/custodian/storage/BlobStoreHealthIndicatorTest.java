package org.custodian.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class BlobStoreHealthIndicatorTest {

    @TempDir
    Path dataDir;

    @Test
    void upWithUsableSpaceWhenFootageCanBeWritten() {
        var store = new FilesystemBlobStore(dataDir.resolve("footage"));

        Health health = new BlobStoreHealthIndicator(store).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKey("usableBytes")
                .containsEntry("store", "filesystem " + dataDir.resolve("footage"));
    }

    @Test
    void downWhenTheRootIsNotWritable() throws IOException {
        Path root = dataDir.resolve("footage");
        var store = new FilesystemBlobStore(root);
        Files.delete(root);
        Files.writeString(root, "a file where the footage folder was");

        Health health = new BlobStoreHealthIndicator(store).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("error");
    }
}
