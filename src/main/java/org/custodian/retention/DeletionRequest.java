package org.custodian.retention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.custodian.evidence.ClipId;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.RuleViolationException;

/**
 * A request to delete chosen clips before their rule runs out. One administrator proposes it with a reason; it
 * takes effect only when a different administrator approves it (uk-rules INT-09), and then only for the clips
 * that are still neither held, restricted nor evidential.
 */
public record DeletionRequest(long id, State state, String reason, String criteria, List<ClipId> clips,
        String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {

    public enum State {
        PROPOSED, APPROVED, REJECTED
    }

    /** The rule a deletion under a request is recorded with, in {@code clip_deletion} and its receipt. */
    public static final String RULE = "DELETION_REQUEST";

    public DeletionRequest {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(proposedBy, "proposedBy");
        clips = List.copyOf(clips);
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("Deleting footage early needs a reason");
        }
        if (reason.length() > 2000) {
            throw new InvalidValueException("A reason is at most 2000 characters");
        }
        reason = reason.trim();
    }

    public static DeletionRequest propose(String reason, String criteria, List<ClipId> clips, String by, Instant at) {
        return new DeletionRequest(0, State.PROPOSED, reason, criteria, clips, by, at, null, null);
    }

    /** Approved by {@code by}, who must not be its proposer. */
    public DeletionRequest approve(String by, Instant at) {
        requireProposed();
        if (by.equals(proposedBy)) {
            throw new RuleViolationException("Deletion request " + id + " was proposed by " + proposedBy
                    + "; a different administrator must approve it");
        }
        return new DeletionRequest(id, State.APPROVED, reason, criteria, clips, proposedBy, proposedAt, by, at);
    }

    public DeletionRequest reject(String by, Instant at) {
        requireProposed();
        return new DeletionRequest(id, State.REJECTED, reason, criteria, clips, proposedBy, proposedAt, by, at);
    }

    private void requireProposed() {
        if (state != State.PROPOSED) {
            throw new RuleViolationException("Deletion request " + id + " was already " + state.name().toLowerCase()
                    + " by " + decidedBy);
        }
    }
}
