package org.custodian.ingest.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.custodian.ingest.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ingest_refusal table, newest first. */
@Repository
public class RefusalRows {

    private final JdbcClient jdbc;

    RefusalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Refusal refusal) {
        jdbc.sql("""
                INSERT INTO ingest_refusal (refused_at, source, status, request, camera_serial, actor, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(OffsetDateTime.ofInstant(refusal.at(), ZoneOffset.UTC), refusal.source(), refusal.status(),
                        refusal.request(), refusal.cameraSerial(), refusal.actor(), refusal.reason())
                .update();
    }

    /** Deletes all but the newest {@code count} rows. */
    public void keepNewest(int count) {
        jdbc.sql("""
                DELETE FROM ingest_refusal WHERE id < (
                    SELECT MIN(id) FROM (SELECT id FROM ingest_refusal ORDER BY id DESC LIMIT ?) newest)
                """).param(count).update();
    }

    public List<Refusal> newest(int limit) {
        return jdbc.sql("SELECT * FROM ingest_refusal ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> new Refusal(rs.getObject("refused_at", OffsetDateTime.class).toInstant(),
                        rs.getString("source"), rs.getInt("status"), rs.getString("request"),
                        rs.getString("camera_serial"), rs.getString("actor"), rs.getString("reason")))
                .list();
    }
}
