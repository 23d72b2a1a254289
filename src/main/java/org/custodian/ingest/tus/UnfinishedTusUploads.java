package org.custodian.ingest.tus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.custodian.ingest.UploadInProgress;
import org.custodian.ingest.UploadsInProgress;
import org.custodian.shared.InvalidValueException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** tus uploads created and not yet complete, with the bytes held durably so far. */
@Repository
class UnfinishedTusUploads implements UploadsInProgress {

    private final JdbcClient jdbc;

    UnfinishedTusUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UploadInProgress> inProgress(int limit) {
        return jdbc.sql("""
                SELECT id, owner, upload_length, upload_offset, metadata, created_at, updated_at FROM tus_upload
                WHERE clip_id IS NULL ORDER BY updated_at DESC, id LIMIT ?
                """).param(limit).query(UnfinishedTusUploads::map).list();
    }

    private static UploadInProgress map(ResultSet rs, int row) throws SQLException {
        return new UploadInProgress("tus", rs.getString("id"), camera(rs.getString("metadata")), rs.getString("owner"),
                rs.getLong("upload_offset"), rs.getLong("upload_length"), null,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static String camera(String metadata) {
        try {
            return UploadMetadata.parse(metadata).get("camera");
        } catch (InvalidValueException unreadable) {
            // Checked when the upload was created; a status page shows the rest of the upload regardless.
            return null;
        }
    }
}
