package org.custodian.fleet.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Officer;
import org.custodian.fleet.Paging;
import org.custodian.fleet.Rank;
import org.custodian.fleet.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers who may carry a camera. */
@Repository
public class Officers {

    private final JdbcClient jdbc;

    Officers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(CollarNumber collar) {
        return jdbc.sql("SELECT COUNT(*) FROM officer WHERE collar_number = ?").param(collar.value())
                .query(Long.class).single() > 0;
    }

    public void insert(Officer officer) {
        jdbc.sql("INSERT INTO officer (collar_number, name, rank, unit_code, active) VALUES (?, ?, ?, ?, ?)")
                .params(officer.collarNumber().value(), officer.name(), officer.rank().name(), officer.unit().value(),
                        officer.active())
                .update();
    }

    public void update(Officer officer) {
        jdbc.sql("UPDATE officer SET name = ?, rank = ?, unit_code = ?, active = ? WHERE collar_number = ?")
                .params(officer.name(), officer.rank().name(), officer.unit().value(), officer.active(),
                        officer.collarNumber().value())
                .update();
    }

    public Optional<Officer> find(CollarNumber collar) {
        return jdbc.sql("SELECT * FROM officer WHERE collar_number = ?").param(collar.value())
                .query(Officers::map).optional();
    }

    /** Reads and locks the officer's row until the transaction ends, so issuing and deactivating serialise. */
    public Optional<Officer> lock(CollarNumber collar) {
        return jdbc.sql("SELECT * FROM officer WHERE collar_number = ? FOR UPDATE").param(collar.value())
                .query(Officers::map).optional();
    }

    /** Officers of {@code unit} (null: all units), by collar number. */
    public List<Officer> list(UnitCode unit, Paging paging) {
        StringBuilder sql = new StringBuilder("SELECT * FROM officer");
        List<Object> params = new ArrayList<>();
        if (unit != null) {
            sql.append(" WHERE unit_code = ?");
            params.add(unit.value());
        }
        sql.append(" ORDER BY collar_number LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(Officers::map).list();
    }

    private static Officer map(ResultSet rs, int row) throws SQLException {
        return new Officer(CollarNumber.of(rs.getString("collar_number")), rs.getString("name"),
                Rank.valueOf(rs.getString("rank")), UnitCode.of(rs.getString("unit_code")), rs.getBoolean("active"));
    }
}
