package org.custodian.ingest.axis;

import java.time.Instant;
import java.util.Optional;

import org.custodian.shared.jdbc.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code axis_user} and {@code axis_device} tables. */
@Repository
class DirectoryRows {

    /** Cleared when active again; kept from the first time when marked inactive more than once. */
    private static final String INACTIVE_SINCE = "CASE WHEN ? THEN NULL ELSE COALESCE(inactive_since, ?) END";

    private final JdbcClient jdbc;

    DirectoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AxisUser> user(String uuid) {
        return jdbc.sql("SELECT * FROM axis_user WHERE user_uuid = ?").param(uuid)
                .query((rs, row) -> new AxisUser(rs.getString("user_uuid"), rs.getString("name"),
                        rs.getString("user_key"), rs.getString("officer_collar"), rs.getBoolean("active")))
                .optional();
    }

    void saveUser(AxisUser user, Instant at) {
        int updated = jdbc.sql("UPDATE axis_user SET name = ?, user_key = ?, officer_collar = ?, active = ?, "
                + "inactive_since = " + INACTIVE_SINCE + ", updated_at = ? WHERE user_uuid = ?")
                .params(user.name(), user.userKey(), user.officerCollar(), user.active(), user.active(),
                        Timestamps.utc(at), Timestamps.utc(at), user.uuid())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO axis_user (user_uuid, name, user_key, officer_collar, active, inactive_since, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(user.uuid(), user.name(), user.userKey(), user.officerCollar(), user.active(),
                            user.active() ? null : Timestamps.utc(at), Timestamps.utc(at))
                    .update();
        }
    }

    /** Whether the system marked the device inactive; false also when it never put the device. */
    boolean deviceInactive(String serial) {
        return jdbc.sql("SELECT COUNT(*) FROM axis_device WHERE serial = ? AND NOT active").param(serial)
                .query(Long.class).single() > 0;
    }

    void saveDevice(String serial, String name, String model, boolean active, Instant at) {
        int updated = jdbc.sql("UPDATE axis_device SET name = ?, model = ?, active = ?, inactive_since = "
                + INACTIVE_SINCE + ", updated_at = ? WHERE serial = ?")
                .params(name, model, active, active, Timestamps.utc(at), Timestamps.utc(at), serial).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO axis_device (serial, name, model, active, inactive_since, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(serial, name, model, active, active ? null : Timestamps.utc(at), Timestamps.utc(at))
                    .update();
        }
    }
}
