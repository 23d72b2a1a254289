package org.custodian.ingest.axis;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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

    /**
     * Completes the recording, first merging {@code update} (the request's metadata, empty when it is already
     * stored) into the container in the same transaction, so "Status: Complete" is stored with the completion.
     */
    void complete(ContainerRow container, Metadata update) throws IOException {
        String name = container.name().value();
        List<ObjectRow> before = rows.all(name);
        for (ObjectRow staged : before.stream().filter(ObjectRow::isStaged).toList()) {
            clips.receiveStaged(container, staged,
                    RecordingObjectRows.keyRowFor(before, staged.name()).map(k -> KeyObject.parse(k.content())));
        }
        // Linking and completing in one transaction: one commit, and a completion is whole or not at all.
        transactions.executeWithoutResult(tx -> {
            Optional<ContainerRow> locked = containers.lock(name);
            if (locked.isPresent() && !update.isEmpty()) {
                containers.updateMetadata(name, locked.get().metadata().merge(update));
            }
            List<ObjectRow> all = rows.all(name);
            links.link(name, all);
            if (locked.map(ContainerRow::isComplete).orElse(true)) {
                return;
            }
            containers.complete(name, clock.instant());
            audit.record(AuditEvent.succeeded("axis.recording-completed", "axis-recording", name)
                    .with("clips", count(all, ObjectName.Kind.CLIP)).with("tracks", count(all, ObjectName.Kind.TRACK))
                    .with("bookmarks", count(all, ObjectName.Kind.BOOKMARK))
                    .with("camera", container.name().serial().toUpperCase(java.util.Locale.ROOT)));
        });
    }

    private static long count(List<ObjectRow> objects, ObjectName.Kind kind) {
        return objects.stream().filter(o -> o.kind() == kind).count();
    }
}
