package org.custodian.evidence.jdbc;

import java.util.List;

import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a clip carries besides its bytes: the camera's GNSS track and its bookmarks. */
@Repository
public class ClipAnnotations {

    private final JdbcClient jdbc;

    ClipAnnotations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A track sent again (a re-dock) replaces the one held rather than doubling it. */
    public void replaceTrack(ClipId clip, List<TrackPoint> points) {
        jdbc.sql("DELETE FROM clip_track_point WHERE clip_id = ?").param(clip.value()).update();
        int seq = 0;
        for (TrackPoint p : points) {
            jdbc.sql("INSERT INTO clip_track_point (clip_id, seq, recorded_at, latitude, longitude) VALUES (?, ?, ?, ?, ?)")
                    .params(clip.value(), seq++, Timestamps.utc(p.at()), p.latitude(), p.longitude()).update();
        }
    }

    public List<TrackPoint> track(ClipId clip) {
        return jdbc.sql("SELECT * FROM clip_track_point WHERE clip_id = ? ORDER BY seq").param(clip.value())
                .query((rs, n) -> new TrackPoint(Timestamps.instant(rs, "recorded_at"), rs.getDouble("latitude"),
                        rs.getDouble("longitude")))
                .list();
    }

    public void addBookmark(ClipId clip, Bookmark b) {
        jdbc.sql("INSERT INTO clip_bookmark (clip_id, at_time, end_at, text, category, tags) VALUES (?, ?, ?, ?, ?, ?)")
                .params(clip.value(), Timestamps.utc(b.at()), Timestamps.utc(b.endAt()), b.text(), b.category(),
                        b.tags())
                .update();
    }

    public List<Bookmark> bookmarks(ClipId clip) {
        return jdbc.sql("SELECT * FROM clip_bookmark WHERE clip_id = ? ORDER BY at_time, id").param(clip.value())
                .query((rs, n) -> new Bookmark(Timestamps.instant(rs, "at_time"), Timestamps.instant(rs, "end_at"),
                        rs.getString("text"), rs.getString("category"), rs.getString("tags")))
                .list();
    }

    /** Drops the clip's location track and bookmarks (personal data a tombstone does not need). */
    public void forget(ClipId clip) {
        jdbc.sql("DELETE FROM clip_track_point WHERE clip_id = ?").param(clip.value()).update();
        jdbc.sql("DELETE FROM clip_bookmark WHERE clip_id = ?").param(clip.value()).update();
    }
}
