package org.custodian.fleet.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.custodian.fleet.Assignment;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who held which camera from when to when. */
@Repository
public class Assignments {

    private static final String SELECT = """
            SELECT c.serial, o.collar_number, a.issued_at, a.returned_at
            FROM camera_assignment a
            JOIN camera c ON c.id = a.camera_id
            JOIN officer o ON o.id = a.officer_id
            """;

    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Assignment assignment) {
        jdbc.sql("""
                INSERT INTO camera_assignment (camera_id, officer_id, issued_at, returned_at)
                VALUES ((SELECT id FROM camera WHERE serial = ?), (SELECT id FROM officer WHERE collar_number = ?), ?, ?)
                """)
                .params(assignment.camera().value(), assignment.officer().value(), Timestamps.utc(assignment.from()),
                        Timestamps.utc(assignment.to()))
                .update();
    }

    /** Stores the end of the camera's open assignment. */
    public void close(Assignment returned) {
        int updated = jdbc.sql("""
                UPDATE camera_assignment SET returned_at = ?
                WHERE camera_id = (SELECT id FROM camera WHERE serial = ?) AND returned_at IS NULL
                """)
                .params(Timestamps.utc(returned.to()), returned.camera().value()).update();
        if (updated != 1) {
            throw new IllegalStateException("Expected one open assignment of " + returned.camera() + ", found " + updated);
        }
    }

    /** Oldest first. */
    public List<Assignment> ofCamera(CameraSerial serial) {
        return jdbc.sql(SELECT + " WHERE c.serial = ? ORDER BY a.issued_at").param(serial.value())
                .query(Assignments::map).list();
    }

    /** Oldest first. */
    public List<Assignment> ofOfficer(CollarNumber collar) {
        return jdbc.sql(SELECT + " WHERE o.collar_number = ? ORDER BY a.issued_at").param(collar.value())
                .query(Assignments::map).list();
    }

    /** The officer's assignments still open: the cameras they hold now. */
    public List<Assignment> heldBy(CollarNumber collar) {
        return jdbc.sql(SELECT + " WHERE o.collar_number = ? AND a.returned_at IS NULL ORDER BY a.issued_at")
                .param(collar.value()).query(Assignments::map).list();
    }

    /** The assignment covering {@code instant}: started at or before it, not yet ended at it. */
    public Optional<Assignment> at(CameraSerial serial, Instant instant) {
        // Bounds are stored to the microsecond, so cutting the instant to it changes no answer; rounding would.
        Instant t = instant.truncatedTo(ChronoUnit.MICROS);
        return jdbc.sql(SELECT + " WHERE c.serial = ? AND a.issued_at <= ? AND (a.returned_at IS NULL OR a.returned_at > ?)")
                .params(serial.value(), Timestamps.utc(t), Timestamps.utc(t))
                .query(Assignments::map).optional();
    }

    /** Cameras out now, counted by the unit their holder serves in today. */
    public Map<UnitCode, Integer> issuedByUnit() {
        return jdbc.sql("""
                SELECT o.unit_code, COUNT(*) AS issued
                FROM camera_assignment a JOIN officer o ON o.id = a.officer_id
                WHERE a.returned_at IS NULL
                GROUP BY o.unit_code
                """)
                .query((rs, n) -> Map.entry(UnitCode.of(rs.getString("unit_code")), rs.getInt("issued"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Assignment map(ResultSet rs, int row) throws SQLException {
        return new Assignment(CameraSerial.of(rs.getString("serial")), CollarNumber.of(rs.getString("collar_number")),
                Timestamps.instant(rs, "issued_at"), Timestamps.instant(rs, "returned_at"));
    }
}
