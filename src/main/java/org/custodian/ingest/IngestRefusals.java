package org.custodian.ingest;

import java.time.Clock;
import java.util.List;

import org.custodian.audit.AuditLog;
import org.custodian.ingest.jdbc.RefusalRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Remembers the uploads the protocol adapters refused, newest first, for the dock status page. Only the
 * newest {@link #KEPT} are kept: this is for seeing what goes wrong now, and a dock refused over and over must
 * not fill the database (the audit log keeps what was stored and by whom).
 */
@Component
public class IngestRefusals {

    public static final int KEPT = 500;

    private static final Logger log = LoggerFactory.getLogger(IngestRefusals.class);

    private final RefusalRows rows;
    private final Clock clock;

    IngestRefusals(RefusalRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Called on an error path: a refusal that cannot be remembered still gets its answer, so this never throws. */
    public void record(String source, int status, String request, String cameraSerial, String reason) {
        try {
            rows.insert(new Refusal(clock.instant(), source, status, request, cameraSerial, AuditLog.currentActor(),
                    reason));
            rows.keepNewest(KEPT);
        } catch (RuntimeException e) {
            log.warn("Could not record the refusal of {} ({} {}): {}", request, status, reason, e.toString());
        }
    }

    public List<Refusal> newest(int limit) {
        return rows.newest(Math.min(limit, KEPT));
    }
}
