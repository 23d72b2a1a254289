package org.custodian.ingest.axis;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.custodian.evidence.ClipId;

/**
 * The clips of one recording in time order, for placing track points and bookmarks. A moment belongs to
 * the clip playing then; a clip without a stop time plays until the next one starts. A moment outside every
 * clip (a fix taken during pre-buffering, a bookmark after the last clip) goes to the nearest clip, so
 * nothing the camera recorded is dropped.
 */
final class ClipTimeline {

    record Entry(ClipId clip, Instant start, Instant stop) {
    }

    private final List<Entry> entries;

    private ClipTimeline(List<Entry> entries) {
        this.entries = entries;
    }

    static ClipTimeline of(List<Entry> clips) {
        return new ClipTimeline(clips.stream().sorted(Comparator.comparing(Entry::start)).toList());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Instant start() {
        return entries.get(0).start();
    }

    ClipId clipAt(Instant at) {
        Entry nearest = null;
        Duration best = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Instant end = e.stop() != null ? e.stop() : i + 1 < entries.size() ? entries.get(i + 1).start() : null;
            if (!at.isBefore(e.start()) && (end == null || at.isBefore(end))) {
                return e.clip();
            }
            Duration distance = at.isBefore(e.start()) ? Duration.between(at, e.start()) : Duration.between(end, at);
            if (best == null || distance.compareTo(best) < 0) {
                nearest = e;
                best = distance;
            }
        }
        return nearest.clip();
    }

    /** Splits {@code items} by the clip each belongs to, keeping their order. */
    <T> Map<ClipId, List<T>> group(List<T> items, Function<T, Instant> time) {
        Map<ClipId, List<T>> byClip = new LinkedHashMap<>();
        for (T item : items) {
            byClip.computeIfAbsent(clipAt(time.apply(item)), c -> new java.util.ArrayList<>()).add(item);
        }
        return byClip;
    }
}
