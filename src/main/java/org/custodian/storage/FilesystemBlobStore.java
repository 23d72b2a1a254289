package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.custodian.shared.DataDirectoryNotWritableException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps each blob as a file at its key's path under a root folder ({@code <root>/clips/2026/11/23/<uuid>}),
 * so an operator can find, back up and restore footage with ordinary tools.
 */
public final class FilesystemBlobStore implements BlobStore {

    /** '~' cannot appear in a key, so a put's temporary file is never mistaken for a blob. */
    private static final String TEMPORARY_PREFIX = "~put-";

    private final Path root;
    private final int directAlignment;

    /** Writes past the page cache where the file system allows ({@link DirectWrites}). */
    public FilesystemBlobStore(Path root) {
        this(root, true);
    }

    /** @throws DataDirectoryNotWritableException if the root folder cannot be created */
    public FilesystemBlobStore(Path root, boolean directWrites) {
        this.root = root.toAbsolutePath().normalize();
        try {
            DurableFiles.createDirectories(this.root);
        } catch (IOException e) {
            throw new DataDirectoryNotWritableException(this.root, e);
        }
        this.directAlignment = directWrites ? DirectWrites.supportedIn(this.root) : 0;
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredBlob put(BlobKey key, InputStream content, long expectedLength) throws IOException {
        var checked = new ExactLengthInputStream(content, key, expectedLength);
        long size = DurableFiles.write(pathOf(key), checked, TEMPORARY_PREFIX, directAlignment);
        return new StoredBlob(key, size);
    }

    @Override
    public InputStream open(BlobKey key) throws IOException {
        return Channels.newInputStream(openFile(key));
    }

    @Override
    public InputStream openRange(BlobKey key, long offset, long length) throws IOException {
        StoreArguments.requireValidRange(offset, length);
        FileChannel file = openFile(key);
        try {
            long size = file.size();
            if (offset > size || (offset == size && length > 0)) {
                throw new RangeNotSatisfiableException(key, offset);
            }
            file.position(offset);
            return new LimitedInputStream(Channels.newInputStream(file), length);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    @Override
    public long size(BlobKey key) throws IOException {
        Path path = pathOf(key);
        if (!Files.isRegularFile(path)) {
            throw new BlobNotFoundException(key);
        }
        try {
            return Files.size(path);
        } catch (NoSuchFileException deletedMeanwhile) {
            throw new BlobNotFoundException(key);
        }
    }

    @Override
    public boolean exists(BlobKey key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public boolean delete(BlobKey key) throws IOException {
        Path path = pathOf(key);
        // A folder at the key's path is not a blob (it holds other keys' files); leave it alone.
        return Files.isRegularFile(path) && DurableFiles.delete(path);
    }

    @Override
    public void deleteAll(Collection<BlobKey> keys) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (BlobKey key : keys) {
            Path path = pathOf(key);
            if (Files.isRegularFile(path) && Files.deleteIfExists(path)) {
                folders.add(path.getParent());
            }
        }
        // One force per folder makes every removal in it durable.
        for (Path folder : folders) {
            DurableFiles.forceDirectory(folder);
        }
    }

    @Override
    public Stream<BlobKey> list(String prefix) {
        return SortedKeyWalk.stream(root, BlobKey.requireValidPrefix(prefix));
    }

    @Override
    public OptionalLong usableSpace() throws IOException {
        return OptionalLong.of(Files.getFileStore(root).getUsableSpace());
    }

    @Override
    public int removeAbandonedWrites(java.time.Instant startedBefore) throws IOException {
        int removed = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(TEMPORARY_PREFIX) && name.endsWith(".partial") && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(startedBefore)) {
                    removed += Files.deleteIfExists(file) ? 1 : 0;
                }
            }
        }
        return removed;
    }

    @Override
    public void checkAvailable() throws IOException {
        Files.delete(Files.createTempFile(root, "~probe-", ".tmp"));
    }

    @Override
    public String toString() {
        return "filesystem " + root;
    }

    private FileChannel openFile(BlobKey key) throws IOException {
        Path path = pathOf(key);
        if (!Files.isRegularFile(path)) {
            throw new BlobNotFoundException(key);
        }
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException deletedMeanwhile) {
            throw new BlobNotFoundException(key);
        }
    }

    private Path pathOf(BlobKey key) {
        Path path = root.resolve(key.value()).normalize();
        // BlobKey's rules already keep a key inside the root; this guards against a rule being loosened.
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalStateException("Blob key " + key + " resolves outside " + root);
        }
        return path;
    }
}
