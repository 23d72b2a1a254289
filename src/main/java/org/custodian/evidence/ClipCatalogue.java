package org.custodian.evidence;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.custodian.evidence.jdbc.ClipAnnotations;
import org.custodian.evidence.jdbc.ClipSearches;
import org.custodian.evidence.jdbc.Clips;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Fleet;
import org.custodian.fleet.UnitCode;
import org.custodian.fleet.Paging;
import org.custodian.shared.NotFoundException;
import org.custodian.storage.BlobKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every clip held. Callers record their audit entry in the same transaction as the change
 * (they know why it happened: a dock, a tus upload); reads here are not audited, the API that serves
 * them to a person is.
 */
@Component
public class ClipCatalogue {

    /** How far apart in time two clips may start or end and still be suggested as the same incident. */
    static final Duration RELATED_SLACK = Duration.ofMinutes(10);
    /** How close two tracks must come for their clips to be suggested as the same incident. */
    static final double RELATED_METRES = 300;

    private final Clips clips;
    private final ClipAnnotations annotations;
    private final ClipSearches searches;
    private final Fleet fleet;
    private final ClipCategories categories;

    ClipCatalogue(Clips clips, ClipAnnotations annotations, ClipSearches searches, Fleet fleet,
            @Value("${custodian.evidence.categories:}") List<String> categories) {
        this.clips = clips;
        this.annotations = annotations;
        this.searches = searches;
        this.fleet = fleet;
        this.categories = new ClipCategories(categories.isEmpty() ? ClipCategories.DEFAULTS : categories);
    }

    public ClipCategories categories() {
        return categories;
    }

    /**
     * Adds a clip whose blob is already durable.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the same bytes are already a clip
     */
    @Transactional
    public void add(Clip clip, byte[] wrappedKey) {
        clips.insert(clip, wrappedKey, unitOf(clip.recording().officer()));
    }

    /** The officer's unit now, which is the unit of the shift just docked. */
    private UnitCode unitOf(CollarNumber officer) {
        if (officer == null) {
            return null;
        }
        try {
            return fleet.officer(officer).unit();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Transactional(readOnly = true)
    public Optional<CataloguedClip> findCatalogued(ClipId id) {
        return clips.findCatalogued(id);
    }

    public CataloguedClip requireCatalogued(ClipId id) {
        return findCatalogued(id).orElseThrow(() -> new NotFoundException("Clip", id));
    }

    /** The clips matching {@code search} within {@code scope}: at most one more than a page, to tell if more follow. */
    @Transactional(readOnly = true)
    public List<CataloguedClip> search(ClipSearch search, ClipAccessPolicy.ListScope scope) {
        return searches.search(search, scope);
    }

    /**
     * Clips of other officers that may show the same incident: recorded within ten minutes of it and, where both
     * have a GNSS track, coming within 300 metres of each other. Only those {@code scope} allows.
     */
    @Transactional(readOnly = true)
    public List<RelatedClip> related(CataloguedClip clip, ClipAccessPolicy.ListScope scope) {
        List<TrackPoint> track = annotations.track(clip.id());
        List<RelatedClip> related = new java.util.ArrayList<>();
        for (CataloguedClip other : searches.overlapping(clip, RELATED_SLACK, scope, 200)) {
            List<TrackPoint> otherTrack = annotations.track(other.id());
            if (track.isEmpty() || otherTrack.isEmpty()) {
                related.add(new RelatedClip(other, null));
            } else {
                double metres = GeoGrid.closestApproach(track, otherTrack);
                if (metres <= RELATED_METRES) {
                    related.add(new RelatedClip(other, metres));
                }
            }
        }
        related.sort(java.util.Comparator.comparing((RelatedClip r) -> r.metres() == null)
                .thenComparing(r -> r.clip().clip().recording().startedAt()));
        return related;
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
        Recording recording = require(id).recording();
        annotations.replaceTrack(id, points, recording.startedAt(), recording.endedAt());
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
        return shredKeys(List.of(id)) > 0;
    }

    /** {@link #shredKey} for many clips in one statement; returns how many keys there were to delete. */
    @Transactional
    public int shredKeys(List<ClipId> ids) {
        return clips.deleteKeys(ids);
    }

    /** The clips of {@code ids}, in that order. */
    @Transactional(readOnly = true)
    public List<Clip> requireAll(List<ClipId> ids) {
        Map<ClipId, Clip> found = new HashMap<>();
        clips.findAll(ids).forEach(clip -> found.put(clip.id(), clip));
        return ids.stream().map(id -> {
            Clip clip = found.get(id);
            if (clip == null) {
                throw new NotFoundException("Clip", id);
            }
            return clip;
        }).toList();
    }

    /**
     * Leaves only the clips' tombstones: status DELETED, tracks and bookmarks gone; hash, size, camera,
     * officer and times stay to account for each. The same bytes docked again would be a new clip.
     */
    @Transactional
    public void entomb(List<ClipId> ids) {
        annotations.forget(ids);
        clips.markDeleted(ids);
    }

    @Transactional(readOnly = true)
    public List<TrackPoint> track(ClipId id) {
        return annotations.track(id);
    }

    @Transactional(readOnly = true)
    public List<Bookmark> bookmarks(ClipId id) {
        return annotations.bookmarks(id);
    }

    /** The bookmarks with their ids and who made them (the camera or a person). */
    @Transactional(readOnly = true)
    public List<ClipBookmark> clipBookmarks(ClipId id) {
        return annotations.clipBookmarks(id);
    }
}
