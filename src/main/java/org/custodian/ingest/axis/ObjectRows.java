package org.custodian.ingest.axis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.custodian.shared.jdbc.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code axis_object} table. */
@Repository
class ObjectRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    ObjectRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ObjectRow> find(String container, String name) {
        return jdbc.sql("SELECT * FROM axis_object WHERE container_name = ? AND object_name = ?")
                .params(container, name).query(ObjectRows::map).optional();
    }

    List<ObjectRow> inContainer(String container) {
        return jdbc.sql("SELECT * FROM axis_object WHERE container_name = ? ORDER BY object_name").param(container)
                .query(ObjectRows::map).list();
    }

    /** Whether an object still waits in this staged blob (the index axis_object_staged answers it). */
    boolean holdsStaged(String blob) {
        return jdbc.sql("SELECT COUNT(*) FROM axis_object WHERE staged_blob = ?").param(blob).query(Long.class)
                .single() > 0;
    }

    long stagedBytes() {
        return jdbc.sql("SELECT COALESCE(SUM(size_bytes), 0) FROM axis_object WHERE staged_blob IS NOT NULL")
                .query(Long.class).single();
    }

    /**
     * Inserts or replaces the row; Swift objects are replaced whole, and so are their rows. Callers hold the
     * container's row lock, so two requests for one object cannot both insert.
     */
    void save(ObjectRow row) {
        if (update(row) == 0) {
            insert(row);
        }
    }

    private int update(ObjectRow r) {
        return jdbc.sql("UPDATE axis_object SET kind = ?, metadata = ?, content = ?, md5 = ?, size_bytes = ?, "
                + "clip_id = ?, sha256 = ?, started_at = ?, stopped_at = ?, staged_blob = ?, linked_at = ?, "
                + "updated_at = ? WHERE container_name = ? AND object_name = ?")
                .params(r.kind().name(), r.metadata().toJson(), encode(r.content()), r.md5(), r.sizeBytes(), r.clipId(),
                        r.sha256(), Timestamps.utc(r.startedAt()), Timestamps.utc(r.stoppedAt()), r.stagedBlob(),
                        Timestamps.utc(r.linkedAt()), Timestamps.utc(clock.instant()), r.container(), r.name())
                .update();
    }

    private void insert(ObjectRow r) {
        jdbc.sql("INSERT INTO axis_object (kind, metadata, content, md5, size_bytes, clip_id, sha256, started_at, "
                + "stopped_at, staged_blob, linked_at, updated_at, container_name, object_name) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.kind().name(), r.metadata().toJson(), encode(r.content()), r.md5(), r.sizeBytes(), r.clipId(),
                        r.sha256(), Timestamps.utc(r.startedAt()), Timestamps.utc(r.stoppedAt()), r.stagedBlob(),
                        Timestamps.utc(r.linkedAt()), Timestamps.utc(clock.instant()), r.container(), r.name())
                .update();
    }

    private static String encode(byte[] content) {
        return content == null ? null : Base64.getEncoder().encodeToString(content);
    }

    private static ObjectRow map(ResultSet rs, int row) throws SQLException {
        String content = rs.getString("content");
        Long size = rs.getObject("size_bytes", Long.class);
        return new ObjectRow(rs.getString("container_name"), rs.getString("object_name"),
                ObjectName.Kind.valueOf(rs.getString("kind")), Metadata.fromJson(rs.getString("metadata")),
                content == null ? null : Base64.getDecoder().decode(content), rs.getString("md5"),
                size, rs.getString("clip_id"), rs.getString("sha256"),
                Timestamps.instant(rs, "started_at"), Timestamps.instant(rs, "stopped_at"), rs.getString("staged_blob"),
                Timestamps.instant(rs, "linked_at"));
    }
}
