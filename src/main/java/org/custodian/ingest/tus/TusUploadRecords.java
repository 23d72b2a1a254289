package org.custodian.ingest.tus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tus_upload and tus_chunk tables. The offset only ever moves from the value the writer read, in the
 * same statement, so two PATCHes racing on one upload cannot both advance it.
 */
@Repository
class TusUploadRecords {

    record Chunk(long offset, long length, String blobKey) {
    }

    private final JdbcClient jdbc;

    TusUploadRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String owner, long length, String metadata, Instant now) {
        jdbc.sql("""
                INSERT INTO tus_upload (id, owner, upload_length, upload_offset, metadata, created_at, updated_at)
                VALUES (?, ?, ?, 0, ?, ?, ?)
                """).params(id, owner, length, metadata, utc(now), utc(now)).update();
    }

    Optional<TusUpload> find(String id) {
        return jdbc.sql("SELECT * FROM tus_upload WHERE id = ?").param(id)
                .query((rs, n) -> new TusUpload(rs.getString("id"), rs.getString("owner"), rs.getLong("upload_length"),
                        rs.getLong("upload_offset"), rs.getString("metadata"), rs.getObject("clip_id", UUID.class),
                        rs.getString("clip_status")))
                .optional();
    }

    /** Records a durable chunk at {@code from}; false when another request moved the offset first. */
    boolean advance(String id, long from, Chunk chunk, Instant now) {
        int moved = jdbc.sql("UPDATE tus_upload SET upload_offset = ?, updated_at = ? WHERE id = ? AND upload_offset = ?")
                .params(from + chunk.length(), utc(now), id, from).update();
        if (moved == 1) {
            jdbc.sql("INSERT INTO tus_chunk (upload_id, chunk_offset, chunk_length, blob_key) VALUES (?, ?, ?, ?)")
                    .params(id, chunk.offset(), chunk.length(), chunk.blobKey()).update();
        }
        return moved == 1;
    }

    void completed(String id, UUID clipId, String clipStatus) {
        jdbc.sql("UPDATE tus_upload SET clip_id = ?, clip_status = ? WHERE id = ?").params(clipId, clipStatus, id).update();
        jdbc.sql("DELETE FROM tus_chunk WHERE upload_id = ?").param(id).update();
    }

    List<Chunk> chunks(String id) {
        return jdbc.sql("SELECT chunk_offset, chunk_length, blob_key FROM tus_chunk WHERE upload_id = ? ORDER BY chunk_offset")
                .param(id).query((rs, n) -> new Chunk(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM tus_upload WHERE id = ?").param(id).update() == 1;
    }

    /** Uploads untouched since {@code before}: abandoned ones, and finished ones kept long enough for HEAD. */
    List<String> untouchedSince(Instant before) {
        return jdbc.sql("SELECT id FROM tus_upload WHERE updated_at < ?").param(utc(before)).query(String.class).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
