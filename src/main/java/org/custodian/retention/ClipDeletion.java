package org.custodian.retention;

import java.time.Instant;

import org.custodian.evidence.ClipId;

/**
 * A clip's deletion: STARTED is written and committed before anything is destroyed, so whatever stops
 * a sweep, the next one knows to finish it; DONE once the receipt is in the audit log. {@code request} is the
 * approved {@link DeletionRequest} it was carried out for, null when its rule ran out.
 */
public record ClipDeletion(ClipId clip, State state, String rule, int policyVersion, Instant deleteAfter,
        Instant startedAt, Instant deletedAt, Long request) {

    public ClipDeletion(ClipId clip, State state, String rule, int policyVersion, Instant deleteAfter,
            Instant startedAt, Instant deletedAt) {
        this(clip, state, rule, policyVersion, deleteAfter, startedAt, deletedAt, null);
    }

    public enum State {
        STARTED, DONE
    }
}
