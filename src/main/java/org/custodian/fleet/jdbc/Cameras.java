package org.custodian.fleet.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.fleet.Assignment;
import org.custodian.fleet.Camera;
import org.custodian.fleet.CameraOverview;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CameraStatus;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Paging;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cameras, and for listing them, who holds each one now. */
@Repository
public class Cameras {

    private static final String OVERVIEW = """
            SELECT c.serial, c.model, c.firmware, c.status, o.collar_number, a.issued_at
            FROM camera c
            LEFT JOIN camera_assignment a ON a.camera_id = c.id AND a.returned_at IS NULL
            LEFT JOIN officer o ON o.id = a.officer_id
            """;

    private final JdbcClient jdbc;

    Cameras(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(CameraSerial serial) {
        return jdbc.sql("SELECT COUNT(*) FROM camera WHERE serial = ?").param(serial.value())
                .query(Long.class).single() > 0;
    }

    public void insert(Camera camera, Instant registeredAt) {
        jdbc.sql("INSERT INTO camera (serial, model, firmware, status, registered_at) VALUES (?, ?, ?, ?, ?)")
                .params(camera.serial().value(), camera.model(), camera.firmware(), camera.status().name(),
                        Timestamps.utc(registeredAt))
                .update();
    }

    public void update(Camera camera) {
        jdbc.sql("UPDATE camera SET model = ?, firmware = ?, status = ? WHERE serial = ?")
                .params(camera.model(), camera.firmware(), camera.status().name(), camera.serial().value()).update();
    }

    /**
     * Reads and locks the camera's row until the transaction ends. Every change to a camera's assignments
     * takes this lock first, so two requests cannot both find the camera free and both issue it.
     */
    public Optional<Camera> lock(CameraSerial serial) {
        return jdbc.sql("SELECT * FROM camera WHERE serial = ? FOR UPDATE").param(serial.value())
                .query(Cameras::map).optional();
    }

    public Optional<CameraOverview> overview(CameraSerial serial) {
        return jdbc.sql(OVERVIEW + " WHERE c.serial = ?").param(serial.value()).query(Cameras::mapOverview).optional();
    }

    /** Cameras with {@code status} (null: any), by serial. */
    public List<CameraOverview> list(CameraStatus status, Paging paging) {
        StringBuilder sql = new StringBuilder(OVERVIEW);
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" WHERE c.status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY c.serial LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(Cameras::mapOverview).list();
    }

    private static Camera map(ResultSet rs, int row) throws SQLException {
        return new Camera(CameraSerial.of(rs.getString("serial")), rs.getString("model"), rs.getString("firmware"),
                CameraStatus.valueOf(rs.getString("status")));
    }

    private static CameraOverview mapOverview(ResultSet rs, int row) throws SQLException {
        Camera camera = map(rs, row);
        String holder = rs.getString("collar_number");
        return new CameraOverview(camera, holder == null ? null
                : new Assignment(camera.serial(), CollarNumber.of(holder), Timestamps.instant(rs, "issued_at"), null));
    }
}
