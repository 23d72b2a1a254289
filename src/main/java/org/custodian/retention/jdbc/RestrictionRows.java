package org.custodian.retention.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodian.evidence.ClipId;
import org.custodian.retention.RestrictedClip;
import org.custodian.retention.Restriction;
import org.custodian.retention.RetainedClip;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Restrictions of clips (clip_restriction), placed and lifted; a lifted one is kept with who lifted it and why. */
@Repository
public class RestrictionRows {

    private final JdbcClient jdbc;

    RestrictionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Restriction insert(Restriction r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clip_restriction (clip_id, reason, placed_by, placed_at) VALUES (?, ?, ?, ?)")
                .params(r.clip().value(), r.reason(), r.placedBy(), Timestamps.utc(r.placedAt())).update(key, "id");
        return new Restriction(key.getKey().longValue(), r.clip(), r.reason(), r.placedBy(), r.placedAt(), null, null,
                null);
    }

    public void lift(Restriction r) {
        jdbc.sql("UPDATE clip_restriction SET lifted_by = ?, lifted_at = ?, lift_reason = ? WHERE id = ?")
                .params(r.liftedBy(), Timestamps.utc(r.liftedAt()), r.liftReason(), r.id()).update();
    }

    public Optional<Restriction> inForce(ClipId clip) {
        return jdbc.sql("SELECT * FROM clip_restriction WHERE clip_id = ? AND lifted_at IS NULL ORDER BY id LIMIT 1")
                .param(clip.value()).query(RestrictionRows::map).optional();
    }

    /** Of {@code clips}, those with a restriction in force. */
    public Set<ClipId> restrictedAmong(Collection<ClipId> clips) {
        if (clips.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(", ", Collections.nCopies(clips.size(), "?"));
        return new HashSet<>(jdbc.sql("SELECT DISTINCT clip_id FROM clip_restriction WHERE lifted_at IS NULL AND "
                + "clip_id IN (" + marks + ")").params(clips.stream().map(c -> (Object) c.value()).toList())
                .query((rs, n) -> new ClipId(rs.getObject(1, UUID.class))).list());
    }

    public List<Restriction> all(ClipId clip) {
        return jdbc.sql("SELECT * FROM clip_restriction WHERE clip_id = ? ORDER BY id").param(clip.value())
                .query(RestrictionRows::map).list();
    }

    /** Restrictions in force, newest first, at most {@code limit}, each with its clip as catalogued. */
    public List<RestrictedClip> inForce(int limit) {
        return jdbc.sql("SELECT r.*, c.category, c.started_at, c.status, c.officer_collar, c.camera_serial, c.unit_code "
                + "FROM clip_restriction r JOIN clip c ON c.id = r.clip_id WHERE r.lifted_at IS NULL "
                + "ORDER BY r.placed_at DESC, r.id DESC LIMIT ?").param(limit).query((rs, n) -> {
                    Restriction restriction = map(rs, n);
                    return new RestrictedClip(restriction, new RetainedClip(restriction.clip(), rs.getString("category"),
                            Timestamps.instant(rs, "started_at"), rs.getString("status"), rs.getString("officer_collar"),
                            rs.getString("unit_code"), rs.getString("camera_serial")));
                }).list();
    }

    private static Restriction map(ResultSet rs, int row) throws SQLException {
        return new Restriction(rs.getLong("id"), new ClipId(rs.getObject("clip_id", UUID.class)), rs.getString("reason"),
                rs.getString("placed_by"), Timestamps.instant(rs, "placed_at"), rs.getString("lifted_by"),
                Timestamps.instant(rs, "lifted_at"), rs.getString("lift_reason"));
    }
}
