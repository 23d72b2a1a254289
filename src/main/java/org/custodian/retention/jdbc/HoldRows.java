package org.custodian.retention.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipId;
import org.custodian.retention.HeldClip;
import org.custodian.retention.Hold;
import org.custodian.retention.HoldKind;
import org.custodian.retention.RetainedClip;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Holds, placed and released; a released hold is kept, with who released it and why. */
@Repository
public class HoldRows {

    private final JdbcClient jdbc;

    HoldRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Hold insert(Hold h) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO retention_hold (clip_id, kind, reference, reason, placed_by, placed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(h.clip().value(), h.kind().name(), h.reference(), h.reason(), h.placedBy(),
                Timestamps.utc(h.placedAt())).update(key, "id");
        long id = key.getKey().longValue();
        return new Hold(id, h.clip(), h.kind(), h.reference(), h.reason(), h.placedBy(), h.placedAt(), null, null,
                null);
    }

    public Optional<Hold> find(long id) {
        return jdbc.sql("SELECT * FROM retention_hold WHERE id = ?").param(id).query(HoldRows::map).optional();
    }

    /** The hold, its row locked until the transaction ends. */
    public Optional<Hold> lock(long id) {
        return jdbc.sql("SELECT * FROM retention_hold WHERE id = ? FOR UPDATE").param(id).query(HoldRows::map)
                .optional();
    }

    public void release(Hold h) {
        jdbc.sql("UPDATE retention_hold SET released_by = ?, released_at = ?, release_reason = ? WHERE id = ?")
                .params(h.releasedBy(), Timestamps.utc(h.releasedAt()), h.releaseReason(), h.id()).update();
    }

    public List<Hold> inForce(ClipId clip) {
        return jdbc.sql("SELECT * FROM retention_hold WHERE clip_id = ? AND released_at IS NULL ORDER BY id")
                .param(clip.value()).query(HoldRows::map).list();
    }

    public List<Hold> all(ClipId clip) {
        return jdbc.sql("SELECT * FROM retention_hold WHERE clip_id = ? ORDER BY id").param(clip.value())
                .query(HoldRows::map).list();
    }

    /**
     * Holds in force, newest first, at most {@code limit}, on the clips {@code scope} lets its viewer see; on
     * restricted clips only when {@code withRestricted}. Each with its clip, as catalogued.
     */
    public List<HeldClip> inForce(ClipAccessPolicy.ListScope scope, boolean withRestricted, int limit) {
        List<Object> params = new ArrayList<>();
        String seen = RetainedClipRows.seenBy(scope, params);
        if (seen == null) {
            return List.of();
        }
        String restricted = withRestricted ? "" : " AND NOT EXISTS (SELECT 1 FROM clip_restriction r "
                + "WHERE r.clip_id = c.id AND r.lifted_at IS NULL)";
        params.add(limit);
        return jdbc.sql("SELECT h.*, c.category, c.started_at, c.status, c.officer_collar, c.camera_serial, c.unit_code "
                + "FROM retention_hold h JOIN clip c ON c.id = h.clip_id WHERE h.released_at IS NULL" + seen + restricted
                + " ORDER BY h.placed_at DESC, h.id DESC LIMIT ?").params(params).query((rs, n) -> {
                    Hold hold = map(rs, n);
                    return new HeldClip(hold, new RetainedClip(hold.clip(), rs.getString("category"),
                            Timestamps.instant(rs, "started_at"), rs.getString("status"), rs.getString("officer_collar"),
                            rs.getString("unit_code"), rs.getString("camera_serial")));
                }).list();
    }

    private static Hold map(ResultSet rs, int row) throws SQLException {
        return new Hold(rs.getLong("id"), new ClipId(rs.getObject("clip_id", UUID.class)),
                HoldKind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getString("reason"),
                rs.getString("placed_by"), Timestamps.instant(rs, "placed_at"), rs.getString("released_by"),
                Timestamps.instant(rs, "released_at"), rs.getString("release_reason"));
    }
}
