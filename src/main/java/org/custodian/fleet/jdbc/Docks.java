package org.custodian.fleet.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.custodian.fleet.Dock;
import org.custodian.fleet.DockCode;
import org.custodian.fleet.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Docking stations and the sites they stand in. */
@Repository
public class Docks {

    private final JdbcClient jdbc;

    Docks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(DockCode code) {
        return jdbc.sql("SELECT COUNT(*) FROM dock WHERE code = ?").param(code.value()).query(Long.class).single() > 0;
    }

    public void insert(Dock dock) {
        jdbc.sql("INSERT INTO dock (code, site, unit_code, bays, address, host) VALUES (?, ?, ?, ?, ?, ?)")
                .params(dock.code().value(), dock.site(), dock.unit().value(), dock.bays(), dock.address(), dock.host())
                .update();
    }

    public Optional<Dock> find(DockCode code) {
        return jdbc.sql("SELECT * FROM dock WHERE code = ?").param(code.value()).query(Docks::map).optional();
    }

    /** By unit, then site, then code. */
    public List<Dock> all() {
        return jdbc.sql("SELECT * FROM dock ORDER BY unit_code, site, code").query(Docks::map).list();
    }

    private static Dock map(ResultSet rs, int row) throws SQLException {
        return new Dock(DockCode.of(rs.getString("code")), rs.getString("site"), UnitCode.of(rs.getString("unit_code")),
                rs.getInt("bays"), rs.getString("address"), rs.getString("host"));
    }
}
