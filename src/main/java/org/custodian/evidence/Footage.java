package org.custodian.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.custodian.evidence.crypto.ClipKey;
import org.custodian.evidence.crypto.FootageKeys;
import org.custodian.evidence.jdbc.Clips;
import org.custodian.shared.NotFoundException;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.custodian.storage.RangeNotSatisfiableException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Footage bytes at rest: stored encrypted under a fresh per-clip data key while their SHA-256 is taken,
 * and read back decrypted on the fly, by range, without ever holding a whole clip in memory.
 */
@Component
public class Footage implements DisposableBean {

    /** Blobs are filed by the day they arrived, so the reconciler can look at recent days only. */
    public static final String PREFIX = "clips/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final BlobStore store;
    private final FootageKeys keys;
    private final Clips clips;
    private final Clock clock;
    private final FootageWriter writer;
    private final AtomicInteger storing = new AtomicInteger();
    private volatile Instant lastStored;

    Footage(BlobStore store, FootageKeys keys, Clips clips, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clips = clips;
        this.clock = clock;
        this.writer = new FootageWriter(store);
    }

    /**
     * Encrypts {@code plaintext} to a new blob and returns once the blob is durable. When this throws,
     * nothing was stored. {@code plaintext} is read to its end but not closed.
     */
    public StoredFootage store(ClipId id, InputStream plaintext) throws IOException {
        storing.incrementAndGet();
        try {
            ClipKey key = keys.newClipKey(id.toString());
            BlobKey blob = BlobKey.of(dayPrefix(clock.instant()) + id);
            FootageWriter.Written written = writer.write(blob, key, plaintext);
            return new StoredFootage(blob, written.sha256(), written.size(), key.wrapped());
        } finally {
            lastStored = clock.instant();
            storing.decrementAndGet();
        }
    }

    /**
     * Whether footage is docking on this node: an upload is streaming in now, or one ended less than
     * {@code quiet} ago (a dock sends a camera's clips one after another, with moments between them).
     */
    public boolean isDocking(Duration quiet) {
        Instant last = lastStored;
        return storing.get() > 0 || (last != null && clock.instant().isBefore(last.plus(quiet)));
    }

    /**
     * The clip's plaintext as a seekable channel. Read no further than the clip's {@code sizeBytes}: at
     * the end Tink's channel may answer 0 rather than -1, which would spin a reader waiting for -1.
     */
    public SeekableByteChannel open(ClipId id) throws IOException {
        Clip clip = clips.find(id).orElseThrow(() -> new NotFoundException("Clip", id));
        byte[] wrapped = clips.wrappedKey(id).orElseThrow(() -> new NotFoundException("Data key of clip", id));
        ClipKey key = keys.unwrap(id.toString(), wrapped);
        BlobChannel ciphertext = new BlobChannel(store, clip.blobKey());
        try {
            return key.decrypting(ciphertext);
        } catch (IOException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    /**
     * Up to {@code length} plaintext bytes from {@code offset}, decrypting only the segments they lie in.
     *
     * @throws RangeNotSatisfiableException when {@code offset} is at or past the end of the clip
     */
    public InputStream openRange(ClipId id, long offset, long length) throws IOException {
        Clip clip = clips.find(id).orElseThrow(() -> new NotFoundException("Clip", id));
        if (offset < 0 || length < 0 || offset > clip.sizeBytes() || (offset == clip.sizeBytes() && length > 0)) {
            throw new RangeNotSatisfiableException(clip.blobKey(), offset);
        }
        SeekableByteChannel channel = open(id);
        channel.position(offset);
        return new org.custodian.storage.LimitedInputStream(Channels.newInputStream(channel), Math.min(length, clip.sizeBytes() - offset));
    }

    /** Removes a blob no clip row refers to (a duplicate upload, or an orphan left by a crash). */
    public boolean discard(BlobKey blob) throws IOException {
        return store.delete(blob);
    }

    /** Where blobs that arrived on the day of {@code instant} are filed, e.g. {@code clips/2026/11/23/}. */
    public static String dayPrefix(Instant instant) {
        return PREFIX + DAY.format(instant) + "/";
    }

    @Override
    public void destroy() {
        writer.close();
    }
}
