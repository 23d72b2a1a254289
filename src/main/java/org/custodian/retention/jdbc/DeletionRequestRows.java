package org.custodian.retention.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.evidence.ClipId;
import org.custodian.retention.DeletionRequest;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Deletion requests (deletion_request) and the clips each chose (deletion_request_clip). */
@Repository
public class DeletionRequestRows {

    private final JdbcClient jdbc;

    DeletionRequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DeletionRequest insert(DeletionRequest r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO deletion_request (state, reason, criteria, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?)
                """).params(r.state().name(), r.reason(), r.criteria(), r.proposedBy(), Timestamps.utc(r.proposedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (ClipId clip : r.clips()) {
            jdbc.sql("INSERT INTO deletion_request_clip (request_id, clip_id) VALUES (?, ?)").params(id, clip.value())
                    .update();
        }
        return new DeletionRequest(id, r.state(), r.reason(), r.criteria(), r.clips(), r.proposedBy(), r.proposedAt(),
                null, null);
    }

    public void decide(DeletionRequest r) {
        jdbc.sql("UPDATE deletion_request SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(r.state().name(), r.decidedBy(), Timestamps.utc(r.decidedAt()), r.id()).update();
    }

    public Optional<DeletionRequest> find(long id) {
        return read("SELECT * FROM deletion_request WHERE id = ?", id);
    }

    /** The request, its row locked, so two decisions on it cannot both win. */
    public Optional<DeletionRequest> lock(long id) {
        return read("SELECT * FROM deletion_request WHERE id = ? FOR UPDATE", id);
    }

    /** The newest requests first, at most {@code limit}; those awaiting a decision before those decided. */
    public List<DeletionRequest> newest(int limit) {
        return jdbc.sql("SELECT * FROM deletion_request ORDER BY CASE WHEN state = 'PROPOSED' THEN 0 ELSE 1 END, id DESC "
                + "LIMIT ?").param(limit).query((ResultSet rs, int n) -> map(rs, clips(rs.getLong("id")))).list();
    }

    private Optional<DeletionRequest> read(String sql, long id) {
        return jdbc.sql(sql).param(id).query((ResultSet rs, int n) -> map(rs, clips(id))).optional();
    }

    private List<ClipId> clips(long request) {
        return jdbc.sql("SELECT clip_id FROM deletion_request_clip WHERE request_id = ? ORDER BY clip_id")
                .param(request).query((rs, n) -> new ClipId(rs.getObject(1, UUID.class))).list();
    }

    private static DeletionRequest map(ResultSet rs, List<ClipId> clips) throws SQLException {
        return new DeletionRequest(rs.getLong("id"), DeletionRequest.State.valueOf(rs.getString("state")),
                rs.getString("reason"), rs.getString("criteria"), clips, rs.getString("proposed_by"),
                Timestamps.instant(rs, "proposed_at"), rs.getString("decided_by"), Timestamps.instant(rs, "decided_at"));
    }
}
