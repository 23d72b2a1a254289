package org.custodian.evidence.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipBookmark;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.GeoGrid;
import org.custodian.evidence.TrackPoint;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** What a clip carries besides its bytes: the camera's GNSS track (and its place index) and bookmarks. */
@Repository
public class ClipAnnotations {

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    ClipAnnotations(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch.getJdbcOperations();
    }

    /**
     * A track sent again (a re-dock) replaces the one held rather than doubling it. The place index gets every
     * cell the track passes through, once for each UTC day the recording spans. Rows go in as one JDBC batch:
     * a recording's track has a point a second, hundreds of rows.
     */
    public void replaceTrack(ClipId clip, List<TrackPoint> points, Instant startedAt, Instant endedAt) {
        jdbc.sql("DELETE FROM clip_track_point WHERE clip_id = ?").param(clip.value()).update();
        List<Object[]> rows = new ArrayList<>(points.size());
        for (TrackPoint p : points) {
            rows.add(new Object[] {clip.value(), rows.size(), Timestamps.utc(p.at()), p.latitude(), p.longitude()});
        }
        insert("INSERT INTO clip_track_point (clip_id, seq, recorded_at, latitude, longitude) VALUES (?, ?, ?, ?, ?)", rows);
        indexPlace(clip, points, startedAt, endedAt);
    }

    /** Replaces the clip's rows in the place index with those of {@code points}. */
    void indexPlace(ClipId clip, List<TrackPoint> points, Instant startedAt, Instant endedAt) {
        jdbc.sql("DELETE FROM clip_cell WHERE clip_id = ?").param(clip.value()).update();
        long firstDay = day(startedAt);
        long lastDay = day(endedAt == null ? startedAt : endedAt);
        List<Object[]> rows = new ArrayList<>();
        for (long cell : GeoGrid.cellsOf(points)) {
            for (long d = firstDay; d <= lastDay; d++) {
                rows.add(new Object[] {cell, (int) d, clip.value()});
            }
        }
        insert("INSERT INTO clip_cell (cell, bucket_day, clip_id) VALUES (?, ?, ?)", rows);
    }

    private void insert(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows);
        }
    }

    static long day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    public List<TrackPoint> track(ClipId clip) {
        return jdbc.sql("SELECT * FROM clip_track_point WHERE clip_id = ? ORDER BY seq").param(clip.value())
                .query((rs, n) -> new TrackPoint(Timestamps.instant(rs, "recorded_at"), rs.getDouble("latitude"),
                        rs.getDouble("longitude")))
                .list();
    }

    /** A bookmark the camera made. */
    public void addBookmark(ClipId clip, Bookmark b) {
        insert(clip, b, ClipBookmark.Origin.CAMERA, null);
    }

    /** A bookmark a person added; returns its id. */
    public long addPersonBookmark(ClipId clip, Bookmark b, String username) {
        return insert(clip, b, ClipBookmark.Origin.PERSON, username);
    }

    private long insert(ClipId clip, Bookmark b, ClipBookmark.Origin origin, String username) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO clip_bookmark (clip_id, at_time, end_at, text, category, tags, origin, added_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(clip.value(), Timestamps.utc(b.at()), Timestamps.utc(b.endAt()), b.text(), b.category(),
                        b.tags(), origin.name(), username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void updateBookmark(long id, Bookmark b) {
        jdbc.sql("UPDATE clip_bookmark SET at_time = ?, end_at = ?, text = ? WHERE id = ?")
                .params(Timestamps.utc(b.at()), Timestamps.utc(b.endAt()), b.text(), id).update();
    }

    public void deleteBookmark(long id) {
        jdbc.sql("DELETE FROM clip_bookmark WHERE id = ?").param(id).update();
    }

    public List<Bookmark> bookmarks(ClipId clip) {
        return clipBookmarks(clip).stream().map(ClipBookmark::bookmark).toList();
    }

    public List<ClipBookmark> clipBookmarks(ClipId clip) {
        return jdbc.sql("SELECT * FROM clip_bookmark WHERE clip_id = ? ORDER BY at_time, id").param(clip.value())
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<ClipBookmark> bookmark(ClipId clip, long id) {
        return jdbc.sql("SELECT * FROM clip_bookmark WHERE clip_id = ? AND id = ?").params(clip.value(), id)
                .query((rs, n) -> map(rs)).optional();
    }

    private static ClipBookmark map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Bookmark b = new Bookmark(Timestamps.instant(rs, "at_time"), Timestamps.instant(rs, "end_at"),
                rs.getString("text"), rs.getString("category"), rs.getString("tags"));
        return new ClipBookmark(rs.getLong("id"), b, ClipBookmark.Origin.valueOf(rs.getString("origin")),
                rs.getString("added_by"));
    }

    /** Drops the clip's location track and bookmarks (personal data a tombstone does not need). */
    public void forget(List<ClipId> clips) {
        if (clips.isEmpty()) {
            return;
        }
        List<UUID> ids = Clips.values(clips);
        for (String table : new String[] {"clip_cell", "clip_cell_pending", "clip_track_point", "clip_bookmark"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE clip_id IN (:ids)").param("ids", ids).update();
        }
    }
}
