package org.custodian.retention.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodian.evidence.ClipId;
import org.custodian.retention.ClipDeletion;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deletions begun and done (clip_deletion). */
@Repository
public class Deletions {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Deletions(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Records the deletions as begun (one batch of inserts) and returns those recorded; a deletion another
     * sweep already began is left out. (A sweep that locked a clip just after another committed its deletion
     * may have read the clip as a candidate before that commit.)
     */
    public List<ClipDeletion> start(List<ClipDeletion> begun) {
        if (begun.isEmpty()) {
            return List.of();
        }
        int[] inserted = batch.getJdbcOperations().batchUpdate("""
                INSERT INTO clip_deletion (clip_id, state, rule, policy_version, delete_after, started_at, request_id)
                VALUES (?, 'STARTED', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, begun.stream().map(d -> new Object[] {d.clip().value(), d.rule(), d.policyVersion(),
                        Timestamps.utc(d.deleteAfter()), Timestamps.utc(d.startedAt()), d.request()}).toList());
        List<ClipDeletion> recorded = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] != 0) {
                recorded.add(begun.get(i));
            }
        }
        return recorded;
    }

    /** Marks begun deletions done; the caller holds their rows ({@link #lockBegun}). */
    public void finish(Collection<ClipId> clips, Instant at) {
        if (!clips.isEmpty()) {
            jdbc.sql("UPDATE clip_deletion SET state = 'DONE', deleted_at = :at WHERE state = 'STARTED' AND clip_id IN (:ids)")
                    .param("at", Timestamps.utc(at)).param("ids", clips.stream().map(ClipId::value).toList()).update();
        }
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
