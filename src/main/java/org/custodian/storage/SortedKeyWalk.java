package org.custodian.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a store's folders lazily and yields keys in the same order S3 lists them (ascending by
 * character). Sorting each folder's entries by name, with a {@code /} appended to folder names, gives
 * exactly that order, since every key under folder {@code a} starts with {@code a/}. Only one listing per
 * level is held in memory, and folders that cannot hold a key with the prefix are not entered.
 */
final class SortedKeyWalk implements Iterator<BlobKey> {

    private record Entry(String sortKey, Path path, boolean folder) {
    }

    private final String prefix;
    private final Deque<Iterator<Entry>> levels = new ArrayDeque<>();
    private BlobKey next;

    private SortedKeyWalk(Path root, String prefix) {
        this.prefix = prefix;
        levels.push(entries(root, "").iterator());
    }

    static Stream<BlobKey> stream(Path root, String prefix) {
        Iterator<BlobKey> walk = new SortedKeyWalk(root, prefix);
        int characteristics = Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL;
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, characteristics), false);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !levels.isEmpty()) {
            Iterator<Entry> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Entry entry = level.next();
            if (entry.folder()) {
                levels.push(entries(entry.path(), entry.sortKey()).iterator());
            } else {
                next = new BlobKey(entry.sortKey());
            }
        }
        return next != null;
    }

    @Override
    public BlobKey next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BlobKey key = next;
        next = null;
        return key;
    }

    private List<Entry> entries(Path folder, String folderKey) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                // Names that are not keys (a put's temporary files, files left by hand) are not blobs.
                String key = folderKey + child.getFileName();
                if (!BlobKey.isValid(key)) {
                    continue;
                }
                BasicFileAttributes attributes = attributesOf(child);
                if (attributes != null && attributes.isDirectory() && couldHoldMatches(key + "/")) {
                    entries.add(new Entry(key + "/", child, true));
                } else if (attributes != null && attributes.isRegularFile() && key.startsWith(prefix)) {
                    entries.add(new Entry(key, child, false));
                }
            }
        } catch (NoSuchFileException gone) {
            // Deleted while the walk ran: nothing to list there.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.sort(Comparator.comparing(Entry::sortKey));
        return entries;
    }

    private static BasicFileAttributes attributesOf(Path child) throws IOException {
        try {
            return Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    private boolean couldHoldMatches(String folderKey) {
        return folderKey.startsWith(prefix) || prefix.startsWith(folderKey);
    }
}
