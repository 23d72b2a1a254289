package org.custodian.evidence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;

import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipSearch;
import org.custodian.evidence.Place;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.Upload;
import org.custodian.shared.jdbc.Timestamps;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tracks held before the place index existed are indexed at start-up and then found by place. */
@CustodianTest
class PlaceIndexBackfillTest {

    @Autowired
    Ingest ingest;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClipSearches searches;
    @Autowired
    PlaceIndexBackfill backfill;

    @Test
    void indexesTracksThatArrivedBeforeTheIndex() throws Exception {
        FleetRecords records = new FleetRecords(fleet, custody, accounts);
        Instant start = Instant.parse("2024-03-03T10:00:00Z");
        ClipId clip = ingest.receive(new Upload(records.camera(), records.officer(), start, start.plusSeconds(60), "test",
                null, "old.mp4", null, null, Map.of()), new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3).clipId();
        double lat = 54 + Math.random();
        jdbc.sql("INSERT INTO clip_track_point (clip_id, seq, recorded_at, latitude, longitude) VALUES (?, 0, ?, ?, -1.5)")
                .params(clip.value(), Timestamps.utc(start), lat).update();
        jdbc.sql("INSERT INTO clip_cell_pending (clip_id) VALUES (?)").param(clip.value()).update();
        ClipSearch search = new ClipSearch(null, null, null, null, null, new Place(lat, -1.5, 100), null, null, null,
                null, 0, 10);
        var all = new ClipAccessPolicy.ListScope(ClipAccessPolicy.Scope.ALL, null, null);
        assertThat(searches.search(search, all)).isEmpty();

        backfill.run(null);

        assertThat(searches.search(search, all)).extracting(CataloguedClip::id).containsExactly(clip);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM clip_cell_pending").query(Long.class).single()).isZero();
    }
}
