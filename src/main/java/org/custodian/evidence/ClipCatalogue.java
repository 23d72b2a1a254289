package org.custodian.evidence;

import java.util.List;
import java.util.Optional;

import org.custodian.evidence.jdbc.ClipAnnotations;
import org.custodian.evidence.jdbc.Clips;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Paging;
import org.custodian.shared.NotFoundException;
import org.custodian.storage.BlobKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every clip held. Callers record their audit entry in the same transaction as the change
 * (they know why it happened: a dock, a tus upload); reads here are not audited, the API that serves
 * them to a person is.
 */
@Component
public class ClipCatalogue {

    private final Clips clips;
    private final ClipAnnotations annotations;

    ClipCatalogue(Clips clips, ClipAnnotations annotations) {
        this.clips = clips;
        this.annotations = annotations;
    }

    /**
     * Adds a clip whose blob is already durable.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the same bytes are already a clip
     */
    @Transactional
    public void add(Clip clip, byte[] wrappedKey) {
        clips.insert(clip, wrappedKey);
    }

    @Transactional(readOnly = true)
    public Optional<Clip> find(ClipId id) {
        return clips.find(id);
    }

    public Clip require(ClipId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Clip", id));
    }

    /** The clip already holding the same bytes as {@code clip}, if any. */
    @Transactional(readOnly = true)
    public Optional<Clip> same(Clip clip) {
        return clips.findByDedupKey(clip.dedupKey());
    }

    /** A camera's clips, newest first; only {@code onlyOfficer}'s when given. */
    @Transactional(readOnly = true)
    public List<Clip> ofCamera(CameraSerial camera, CollarNumber onlyOfficer, Paging paging) {
        return clips.ofCamera(camera, onlyOfficer, paging.size(), paging.offset());
    }

    @Transactional(readOnly = true)
    public List<Clip> ofOfficer(CollarNumber officer, Paging paging) {
        return clips.ofOfficer(officer, paging.size(), paging.offset());
    }

    /** The clips received last, newest first; only those in {@code status} when it is given. */
    @Transactional(readOnly = true)
    public List<Clip> newestReceived(ClipStatus status, int limit) {
        return clips.newestReceived(status, limit);
    }

    @Transactional(readOnly = true)
    public boolean references(BlobKey blob) {
        return clips.references(blob);
    }

    @Transactional
    public void replaceTrack(ClipId id, List<TrackPoint> points) {
        require(id);
        annotations.replaceTrack(id, points);
    }

    /** Adds the bookmark unless the clip already has the same one (a re-dock); returns whether it was new. */
    @Transactional
    public boolean addBookmark(ClipId id, Bookmark bookmark) {
        require(id);
        if (annotations.bookmarks(id).contains(bookmark)) {
            return false;
        }
        annotations.addBookmark(id, bookmark);
        return true;
    }

    /**
     * Crypto-shreds the clip: deletes its wrapped data key, after which no copy of its ciphertext can be
     * read. Returns whether there was a key to delete (false when it already was).
     */
    @Transactional
    public boolean shredKey(ClipId id) {
        return clips.deleteKey(id);
    }

    /**
     * Leaves only the clip's tombstone: status DELETED, its track and bookmarks gone; hash, size, camera,
     * officer and times stay to account for it. The same bytes docked again would be a new clip.
     */
    @Transactional
    public void entomb(ClipId id) {
        annotations.forget(id);
        clips.markDeleted(id);
    }

    @Transactional(readOnly = true)
    public List<TrackPoint> track(ClipId id) {
        return annotations.track(id);
    }

    @Transactional(readOnly = true)
    public List<Bookmark> bookmarks(ClipId id) {
        return annotations.bookmarks(id);
    }
}
