package org.custodian.evidence.media.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.evidence.ClipId;
import org.custodian.evidence.media.ClipMedia;
import org.custodian.evidence.media.MediaFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One {@code clip_media} row per clip examined. */
@Repository
public class MediaRecords {

    private final JdbcClient jdbc;

    MediaRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClipMedia> find(ClipId id) {
        return jdbc.sql("SELECT * FROM clip_media WHERE clip_id = ?").param(id.value()).query(MediaRecords::map)
                .optional();
    }

    /** Clips never examined, then failed ones with attempts left; oldest received first. */
    public List<ClipId> pending(int maxAttempts, int limit) {
        return jdbc.sql("""
                SELECT c.id FROM clip c LEFT JOIN clip_media m ON m.clip_id = c.id
                WHERE m.clip_id IS NULL OR (m.state = 'FAILED' AND m.attempts < ?)
                ORDER BY CASE WHEN m.clip_id IS NULL THEN 0 ELSE 1 END, c.received_at, c.id
                LIMIT ?
                """).params(maxAttempts, limit).query((rs, n) -> new ClipId(rs.getObject(1, UUID.class))).list();
    }

    public void save(ClipMedia m) {
        MediaFacts f = m.facts();
        Object[] values = {m.state().name(), m.attempts(), OffsetDateTime.ofInstant(m.lastAttemptAt(), ZoneOffset.UTC),
                m.failure(), f == null || f.duration() == null ? null : f.duration().toMillis(),
                f == null ? null : f.container(), f == null ? null : f.videoCodec(), f == null ? null : f.width(),
                f == null ? null : f.height(), f == null ? null : f.frameRate(), f == null ? null : f.audioCodec(),
                f == null ? null : f.audioChannels(), f == null ? null : f.audioSampleRate(), m.posterBytes(),
                m.thumbnailsBytes(), m.playableBytes(), m.clip().value()};
        int updated = jdbc.sql("""
                UPDATE clip_media SET state = ?, attempts = ?, last_attempt_at = ?, failure = ?, duration_ms = ?,
                       container = ?, video_codec = ?, width = ?, height = ?, frame_rate = ?, audio_codec = ?,
                       audio_channels = ?, audio_sample_rate = ?, poster_bytes = ?, thumbnails_bytes = ?,
                       playable_bytes = ?
                WHERE clip_id = ?
                """).params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO clip_media (state, attempts, last_attempt_at, failure, duration_ms, container, video_codec,
                                            width, height, frame_rate, audio_codec, audio_channels, audio_sample_rate,
                                            poster_bytes, thumbnails_bytes, playable_bytes, clip_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(values).update();
        }
    }

    private static ClipMedia map(ResultSet rs, int row) throws SQLException {
        MediaFacts facts = null;
        if (rs.getString("container") != null) {
            Long duration = rs.getObject("duration_ms", Long.class);
            facts = new MediaFacts(duration == null ? null : Duration.ofMillis(duration), rs.getString("container"),
                    rs.getString("video_codec"), rs.getObject("width", Integer.class),
                    rs.getObject("height", Integer.class), rs.getObject("frame_rate", Double.class),
                    rs.getString("audio_codec"), rs.getObject("audio_channels", Integer.class),
                    rs.getObject("audio_sample_rate", Integer.class));
        }
        return new ClipMedia(new ClipId(rs.getObject("clip_id", UUID.class)),
                ClipMedia.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getObject("last_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("failure"), facts,
                rs.getObject("poster_bytes", Long.class), rs.getObject("thumbnails_bytes", Long.class),
                rs.getObject("playable_bytes", Long.class));
    }
}
