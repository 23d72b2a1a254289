package org.custodian.ingest.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.custodian.storage.BlobKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Blobs the reconciler has seen without a clip row, and since when. */
@Repository
public class OrphanCandidates {

    private final JdbcClient jdbc;

    OrphanCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> firstSeen(BlobKey key) {
        return jdbc.sql("SELECT first_seen_at FROM footage_orphan WHERE blob_key = ?").param(key.value())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    public void record(BlobKey key, Instant now) {
        jdbc.sql("INSERT INTO footage_orphan (blob_key, first_seen_at) VALUES (?, ?)")
                .params(key.value(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    public void forget(BlobKey key) {
        jdbc.sql("DELETE FROM footage_orphan WHERE blob_key = ?").param(key.value()).update();
    }

    /** Drops suspicions about blobs no longer listed (gone, or filed before the reconciler's window). */
    public int forgetSeenBefore(Instant instant) {
        return jdbc.sql("DELETE FROM footage_orphan WHERE first_seen_at < ?")
                .param(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)).update();
    }
}
