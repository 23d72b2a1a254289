package org.custodian.retention.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodian.evidence.ClipId;
import org.custodian.retention.ClipDeletion;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deletions begun and done (clip_deletion). */
@Repository
public class Deletions {

    private final JdbcClient jdbc;

    Deletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the deletion as begun; false when another sweep already did. (A sweep that locked the clip
     * just after another committed its deletion may have read the clip as a candidate before that commit.)
     */
    public boolean start(ClipDeletion d) {
        return jdbc.sql("""
                INSERT INTO clip_deletion (clip_id, state, rule, policy_version, delete_after, started_at, request_id)
                VALUES (?, 'STARTED', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """).params(d.clip().value(), d.rule(), d.policyVersion(), Timestamps.utc(d.deleteAfter()),
                Timestamps.utc(d.startedAt()), d.request()).update() == 1;
    }

    /** Marks the deletion done; false when it was not STARTED (another sweep finished it first). */
    public boolean finish(ClipId clip, Instant at) {
        return jdbc.sql("UPDATE clip_deletion SET state = 'DONE', deleted_at = ? WHERE clip_id = ? AND state = 'STARTED'")
                .params(Timestamps.utc(at), clip.value()).update() == 1;
    }

    /**
     * Of {@code clips}, those whose deletion is still begun, their rows locked; rows another sweep holds
     * are skipped, not waited for, so sweeps finishing the same deletions never wait on each other.
     */
    public Set<ClipId> lockBegun(List<ClipId> clips) {
        if (clips.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(clips.size(), "?"));
        return new HashSet<>(jdbc.sql("SELECT clip_id FROM clip_deletion WHERE state = 'STARTED' AND clip_id IN ("
                + marks + ") ORDER BY clip_id FOR UPDATE SKIP LOCKED")
                .params(clips.stream().map(c -> (Object) c.value()).toList())
                .query((rs, n) -> new ClipId(rs.getObject(1, UUID.class))).list());
    }

    public Optional<ClipDeletion> find(ClipId clip) {
        return jdbc.sql("SELECT * FROM clip_deletion WHERE clip_id = ?").param(clip.value()).query(Deletions::map)
                .optional();
    }

    /** Deletions begun and not finished, oldest first. */
    public List<ClipDeletion> unfinished(int limit) {
        return jdbc.sql("SELECT * FROM clip_deletion WHERE state = 'STARTED' ORDER BY started_at LIMIT ?")
                .param(limit).query(Deletions::map).list();
    }

    private static ClipDeletion map(ResultSet rs, int row) throws SQLException {
        return new ClipDeletion(new ClipId(rs.getObject("clip_id", UUID.class)),
                ClipDeletion.State.valueOf(rs.getString("state")), rs.getString("rule"), rs.getInt("policy_version"),
                Timestamps.instant(rs, "delete_after"), Timestamps.instant(rs, "started_at"),
                Timestamps.instant(rs, "deleted_at"), rs.getObject("request_id", Long.class));
    }
}
