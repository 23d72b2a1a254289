package org.custodian.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.custodian.shared.DataDirectoryNotWritableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path dataDir;

    Path root;

    @Override
    protected BlobStore newStore() {
        root = dataDir.resolve("footage");
        return new FilesystemBlobStore(root);
    }

    @Override
    protected void assertNoLeftovers() {
        try (Stream<BlobKey> keys = store.list("")) {
            assertThat(regularFilesUnderRoot()).as("files under the root that are not blobs")
                    .containsExactlyInAnyOrderElementsOf(keys.map(key -> root.resolve(key.value())).toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keepsEachBlobAtItsKeysPathUnderTheRoot() throws IOException {
        BlobKey key = BlobKey.of("clips/2026/11/23/0042.mp4.enc");

        store.put(key, stream("bytes"), 5);

        assertThat(root.resolve("clips/2026/11/23/0042.mp4.enc")).hasContent("bytes");
        assertThat(regularFilesUnderRoot()).containsExactly(root.resolve("clips/2026/11/23/0042.mp4.enc"));
    }

    @Test
    void leavesNoTemporaryFileAfterAFailedPut() {
        BlobKey key = clipKey();

        assertThatThrownBy(() -> store.put(key, stream("short"), 6)).isInstanceOf(BlobLengthMismatchException.class);

        assertThat(regularFilesUnderRoot()).isEmpty();
    }

    @Test
    void listingIgnoresFilesThatAreNotKeys() throws IOException {
        BlobKey key = clipKey();
        store.put(key, stream("clip"), 4);
        Files.writeString(root.resolve("README.TXT"), "left by an operator");
        Files.writeString(root.resolve(key.value()).resolveSibling("~put-123.partial"), "a crashed put");

        assertThat(store.list("")).containsExactly(key);
    }

    @Test
    void aFolderIsNotABlob() throws IOException {
        store.put(BlobKey.of("clips/2026/11/23/x"), stream("clip"), 4);
        BlobKey folder = BlobKey.of("clips/2026");

        assertThat(store.exists(folder)).isFalse();
        assertThat(store.delete(folder)).isFalse();
        assertThatThrownBy(() -> store.open(folder)).isInstanceOf(BlobNotFoundException.class);
        assertThat(Files.isDirectory(root.resolve("clips/2026"))).isTrue();
    }

    @Test
    void reportsUsableSpaceOfItsFilesystem() throws IOException {
        assertThat(store.usableSpace()).isPresent();
        assertThat(store.usableSpace().getAsLong()).isPositive();
    }

    @Test
    void reportsUnavailableWhenRootIsNoLongerAWritableFolder() throws IOException {
        Files.delete(root);
        Files.writeString(root, "a file where the footage folder was");

        assertThatThrownBy(() -> store.checkAvailable()).isInstanceOf(IOException.class);
    }

    @Test
    void refusesToStartWhenRootCannotBeCreated() throws IOException {
        Path blocked = dataDir.resolve("blocked");
        Files.writeString(blocked, "a file, not a folder");

        assertThatThrownBy(() -> new FilesystemBlobStore(blocked.resolve("footage")))
                .isInstanceOf(DataDirectoryNotWritableException.class).hasMessageContaining("blocked");
    }

    private List<Path> regularFilesUnderRoot() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void removesPartialFilesLeftByADeadWriterButNeverBlobs() throws IOException {
        store.put(BlobKey.of("clips/2026/11/23/kept.enc"), new java.io.ByteArrayInputStream(new byte[] {7}), 1);
        java.nio.file.Path folder = root.resolve("clips/2026/11/23");
        java.nio.file.Path old = java.nio.file.Files.writeString(folder.resolve("~put-123.partial"), "half a clip");
        java.nio.file.Files.setLastModifiedTime(old,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        java.nio.file.Path fresh = java.nio.file.Files.writeString(folder.resolve("~put-456.partial"), "in progress");

        assertThat(store.removeAbandonedWrites(java.time.Instant.now().minusSeconds(3600))).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(store.exists(BlobKey.of("clips/2026/11/23/kept.enc"))).isTrue();
    }
}
