package org.custodian.ingest.axis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.custodian.ingest.UploadInProgress;
import org.custodian.ingest.UploadsInProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Axis recordings whose container is not yet Complete, with what has arrived of them. The body worn system
 * does not announce a recording's size, so only the bytes and objects received so far are known.
 */
@Repository
class TransferringRecordings implements UploadsInProgress {

    private final JdbcClient jdbc;
    private final AxisProperties properties;

    TransferringRecordings(JdbcClient jdbc, AxisProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public List<UploadInProgress> inProgress(int limit) {
        return jdbc.sql("""
                SELECT c.name, c.camera_serial, c.created_at, COUNT(o.object_name) AS objects,
                       COALESCE(SUM(o.size_bytes), 0) AS received, MAX(o.updated_at) AS last_object_at
                FROM axis_container c LEFT JOIN axis_object o ON o.container_name = c.name
                WHERE c.kind = 'RECORDING' AND c.completed_at IS NULL
                GROUP BY c.name, c.camera_serial, c.created_at
                ORDER BY COALESCE(MAX(o.updated_at), c.created_at) DESC, c.name LIMIT ?
                """).param(limit).query(this::map).list();
    }

    private UploadInProgress map(ResultSet rs, int row) throws SQLException {
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        OffsetDateTime lastObject = rs.getObject("last_object_at", OffsetDateTime.class);
        return new UploadInProgress(Uploads.SOURCE, rs.getString("name"), rs.getString("camera_serial"),
                "axis:" + properties.username(), rs.getLong("received"), null, rs.getInt("objects"), created,
                lastObject == null ? created : lastObject.toInstant());
    }
}
