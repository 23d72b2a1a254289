package org.custodian.ingest.axis;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code axis_user} and {@code axis_device} tables. */
@Repository
class DirectoryRows {

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
                + "updated_at = ? WHERE user_uuid = ?")
                .params(user.name(), user.userKey(), user.officerCollar(), user.active(), Timestamps.utc(at), user.uuid())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO axis_user (user_uuid, name, user_key, officer_collar, active, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(user.uuid(), user.name(), user.userKey(), user.officerCollar(), user.active(),
                            Timestamps.utc(at))
                    .update();
        }
    }

    void saveDevice(String serial, String name, String model, boolean active, Instant at) {
        int updated = jdbc.sql("UPDATE axis_device SET name = ?, model = ?, active = ?, updated_at = ? WHERE serial = ?")
                .params(name, model, active, Timestamps.utc(at), serial).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO axis_device (serial, name, model, active, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(serial, name, model, active, Timestamps.utc(at)).update();
        }
    }
}
