package org.custodian.ingest;

import java.time.Instant;

import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipStatus;
import org.custodian.shared.Sha256;

/** The facts of a stored clip that a protocol adapter reports back to its source. */
public record ClipSummary(ClipId id, Sha256 sha256, long sizeBytes, String cameraSerial, String officerCollar,
        Instant startedAt, Instant endedAt, ClipStatus status, String source, String sourceReference,
        Instant receivedAt) {
}
