package org.custodian.evidence.jdbc;

import java.util.List;
import java.util.UUID;

import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes by place the clips whose tracks arrived before the place index existed (listed by migration V10 in
 * clip_cell_pending), a few hundred per transaction, at start-up. Nothing to do, and one query, once done.
 */
@Component
class PlaceIndexBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlaceIndexBackfill.class);

    private final JdbcClient jdbc;
    private final ClipAnnotations annotations;
    private final Clips clips;
    private final TransactionTemplate transactions;

    PlaceIndexBackfill(JdbcClient jdbc, ClipAnnotations annotations, Clips clips, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.annotations = annotations;
        this.clips = clips;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<UUID> pending = jdbc.sql("SELECT clip_id FROM clip_cell_pending ORDER BY clip_id LIMIT 200")
                        .query(UUID.class).list();
                for (UUID id : pending) {
                    ClipId clip = new ClipId(id);
                    List<TrackPoint> track = annotations.track(clip);
                    clips.find(clip).ifPresent(c -> annotations.indexPlace(clip, track, c.recording().startedAt(),
                            c.recording().endedAt()));
                    jdbc.sql("DELETE FROM clip_cell_pending WHERE clip_id = ?").param(id).update();
                }
                return pending.size();
            });
            if (batch == null || batch == 0) {
                break;
            }
            done += batch;
        }
        if (done > 0) {
            log.info("Indexed the GNSS tracks of {} clips by place", done);
        }
    }
}
