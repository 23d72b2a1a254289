package org.custodian.retention;

import java.time.Instant;

import org.custodian.evidence.ClipId;
import org.custodian.shared.Sha256;

/**
 * What is left to prove a clip was deleted as promised, and why: written to the audit log when its
 * deletion completes (uk-rules RET-02, DPA 2018 s.62 erasure logging). {@code request}: the approved deletion
 * request it was deleted early for, null when its rule ran out.
 */
public record DeletionReceipt(ClipId clip, Sha256 sha256, String camera, Instant recordedAt, Instant deleteAfter,
        Instant deletedAt, String rule, int policyVersion, Long request) {
}
