package org.custodian.ingest.axis;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Status: Complete} on a recording container: the body worn system has sent everything. Clips still
 * waiting for a key are taken in as they are, the track and bookmarks are linked to the clips, and the
 * recording is marked complete. Each step is safe to repeat, so a completion that was interrupted (or
 * refused as busy) is finished by the system's next attempt.
 */
@Component
class RecordingCompletion {

    private final ContainerRows containers;
    private final RecordingObjectRows rows;
    private final ClipIngestion clips;
    private final RecordingLinks links;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RecordingCompletion(ContainerRows containers, RecordingObjectRows rows, ClipIngestion clips, RecordingLinks links,
            AuditLog audit, Clock clock, TransactionTemplate transactions) {
        this.containers = containers;
        this.rows = rows;
        this.clips = clips;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    void complete(ContainerRow container) throws IOException {
        String name = container.name().value();
        List<ObjectRow> all = rows.all(name);
        for (ObjectRow staged : all.stream().filter(ObjectRow::isStaged).toList()) {
            clips.receiveStaged(container, staged,
                    RecordingObjectRows.keyRowFor(all, staged.name()).map(k -> KeyObject.parse(k.content())));
        }
        // Linking and completing in one transaction: one commit, and a completion is whole or not at all.
        transactions.executeWithoutResult(tx -> {
            boolean complete = containers.lock(name).map(ContainerRow::isComplete).orElse(true);
            links.link(name);
            if (complete) {
                return;
            }
            List<ObjectRow> done = rows.all(name);
            containers.complete(name, clock.instant());
            audit.record(AuditEvent.succeeded("axis.recording-completed", "axis-recording", name)
                    .with("clips", count(done, ObjectName.Kind.CLIP)).with("tracks", count(done, ObjectName.Kind.TRACK))
                    .with("bookmarks", count(done, ObjectName.Kind.BOOKMARK))
                    .with("camera", container.name().serial().toUpperCase(java.util.Locale.ROOT)));
        });
    }

    private static long count(List<ObjectRow> objects, ObjectName.Kind kind) {
        return objects.stream().filter(o -> o.kind() == kind).count();
    }
}
