package org.custodian.ingest.axis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.custodian.shared.jdbc.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code axis_container} table. */
@Repository
class ContainerRows {

    private final JdbcClient jdbc;

    ContainerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ContainerRow> find(String name) {
        return jdbc.sql("SELECT * FROM axis_container WHERE name = ?").param(name).query(ContainerRows::map).optional();
    }

    /** Reads and locks the row until the transaction ends, so concurrent metadata merges take turns. */
    Optional<ContainerRow> lock(String name) {
        return jdbc.sql("SELECT * FROM axis_container WHERE name = ? FOR UPDATE").param(name)
                .query(ContainerRows::map).optional();
    }

    void insert(ContainerName name, Metadata metadata, Instant at) {
        jdbc.sql("INSERT INTO axis_container (name, kind, metadata, user_uuid, camera_serial, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(name.value(), name.kind().name(), metadata.toJson(), name.userId(),
                        name.serial() == null ? null : name.serial().toUpperCase(java.util.Locale.ROOT),
                        Timestamps.utc(at))
                .update();
    }

    void updateMetadata(String name, Metadata metadata) {
        jdbc.sql("UPDATE axis_container SET metadata = ? WHERE name = ?").params(metadata.toJson(), name).update();
    }

    void complete(String name, Instant at) {
        jdbc.sql("UPDATE axis_container SET completed_at = ? WHERE name = ? AND completed_at IS NULL")
                .params(Timestamps.utc(at), name).update();
    }

    private static ContainerRow map(ResultSet rs, int row) throws SQLException {
        return new ContainerRow(ContainerName.parse(rs.getString("name")), Metadata.fromJson(rs.getString("metadata")),
                Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "completed_at"));
    }
}
