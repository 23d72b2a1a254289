package org.custodian.fleet.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.custodian.fleet.Unit;
import org.custodian.fleet.UnitCode;
import org.custodian.fleet.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Boroughs and specialist commands. */
@Repository
public class Units {

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(UnitCode code) {
        return jdbc.sql("SELECT COUNT(*) FROM fleet_unit WHERE code = ?").param(code.value())
                .query(Long.class).single() > 0;
    }

    public void insert(Unit unit) {
        jdbc.sql("INSERT INTO fleet_unit (code, name, kind, establishment) VALUES (?, ?, ?, ?)")
                .params(unit.code().value(), unit.name(), unit.kind().name(), unit.establishment()).update();
    }

    public void update(Unit unit) {
        jdbc.sql("UPDATE fleet_unit SET name = ?, kind = ?, establishment = ? WHERE code = ?")
                .params(unit.name(), unit.kind().name(), unit.establishment(), unit.code().value()).update();
    }

    public Optional<Unit> find(UnitCode code) {
        return jdbc.sql("SELECT * FROM fleet_unit WHERE code = ?").param(code.value()).query(Units::map).optional();
    }

    /** Boroughs first, then commands, each by name. */
    public List<Unit> all() {
        return jdbc.sql("SELECT * FROM fleet_unit ORDER BY kind, name").query(Units::map).list();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(UnitCode.of(rs.getString("code")), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getInt("establishment"));
    }
}
