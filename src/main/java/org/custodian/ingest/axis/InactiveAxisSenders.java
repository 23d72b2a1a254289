package org.custodian.ingest.axis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.custodian.ingest.InactiveAtSource;
import org.custodian.ingest.SourceDirectories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Axis users and devices marked {@code Active=False}, with the recordings that arrived from them since. */
@Repository
class InactiveAxisSenders implements SourceDirectories {

    private static final Comparator<InactiveAtSource> SENDING_FIRST = Comparator
            .comparing((InactiveAtSource i) -> i.recordingsSince() == 0)
            .thenComparing(InactiveAtSource::inactiveSince, Comparator.reverseOrder());

    private final JdbcClient jdbc;

    InactiveAxisSenders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InactiveAtSource> inactive(int limit) {
        List<InactiveAtSource> users = jdbc.sql("""
                SELECT u.user_uuid AS id, u.name, u.officer_collar AS fleet_record, u.inactive_since,
                       COUNT(c.name) AS recordings, MAX(c.created_at) AS last_recording_at
                FROM axis_user u
                LEFT JOIN axis_container c ON c.user_uuid = u.user_uuid AND c.created_at >= u.inactive_since
                WHERE NOT u.active
                GROUP BY u.user_uuid, u.name, u.officer_collar, u.inactive_since
                ORDER BY u.inactive_since DESC LIMIT ?
                """).param(limit).query((rs, row) -> map(rs, "user")).list();
        List<InactiveAtSource> devices = jdbc.sql("""
                SELECT d.serial AS id, d.name, d.serial AS fleet_record, d.inactive_since,
                       COUNT(c.name) AS recordings, MAX(c.created_at) AS last_recording_at
                FROM axis_device d
                LEFT JOIN axis_container c ON c.camera_serial = d.serial AND c.created_at >= d.inactive_since
                WHERE NOT d.active
                GROUP BY d.serial, d.name, d.inactive_since
                ORDER BY d.inactive_since DESC LIMIT ?
                """).param(limit).query((rs, row) -> map(rs, "device")).list();
        return Stream.concat(users.stream(), devices.stream()).sorted(SENDING_FIRST).limit(limit).toList();
    }

    private static InactiveAtSource map(ResultSet rs, String kind) throws SQLException {
        OffsetDateTime last = rs.getObject("last_recording_at", OffsetDateTime.class);
        return new InactiveAtSource(Uploads.SOURCE, kind, rs.getString("id"), rs.getString("name"),
                rs.getString("fleet_record"), rs.getObject("inactive_since", OffsetDateTime.class).toInstant(),
                rs.getLong("recordings"), last == null ? null : last.toInstant());
    }
}
