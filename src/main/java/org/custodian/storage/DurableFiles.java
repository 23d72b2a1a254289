package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File operations that survive a crash or power cut once they return. A file's data is forced to disk
 * before it is renamed into place, and the folder holding a new, renamed or deleted name is forced too:
 * without that, the name change can sit in the page cache and be lost while the data survives.
 */
final class DurableFiles {

    /** Small enough not to be a G1 "humongous" object, which would take whole regions of the old generation. */
    private static final int BUFFER_SIZE = 256 << 10;

    private DurableFiles() {
    }

    /**
     * Copies to a new file beside {@code target}, forces it to disk, then renames it over {@code target}.
     *
     * @param directAlignment the alignment for writing past the page cache ({@link DirectWrites}), or 0 to
     *                        write through it
     */
    static long write(Path target, InputStream content, String temporaryPrefix, int directAlignment)
            throws IOException {
        Path folder = target.getParent();
        createDirectories(folder);
        Path temporary = Files.createTempFile(folder, temporaryPrefix, ".partial");
        try {
            long size = directAlignment > 0 ? DirectWrites.copy(content, temporary, directAlignment) : -1;
            // Direct writes bypass the cache but not the file's metadata or the device's own cache: force anyway.
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                if (size < 0) {
                    size = copy(content, out);
                }
                out.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(folder);
            return size;
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    static boolean delete(Path file) throws IOException {
        boolean deleted = Files.deleteIfExists(file);
        if (deleted) {
            // A deletion that is reported must not be undone by a crash.
            forceDirectory(file.getParent());
        }
        return deleted;
    }

    /** Creates missing folders and forces each new name into its parent. */
    static void createDirectories(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path existing = folder.getParent();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        Files.createDirectories(folder);
        for (Path created = folder; created.getParent() != null && !created.equals(existing);
                created = created.getParent()) {
            forceDirectory(created.getParent());
        }
    }

    static void forceDirectory(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a folder; their filesystems journal renames themselves.
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    private static long copy(InputStream in, FileChannel out) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
            total += n;
        }
        return total;
    }
}
