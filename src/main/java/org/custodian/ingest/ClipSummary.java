package org.custodian.ingest;

import java.time.Instant;

import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipStatus;
import org.custodian.evidence.QuarantineReview;
import org.custodian.shared.Sha256;

/**
 * The facts of a stored clip that a protocol adapter reports back to its source and the dock status page
 * shows; {@code deviceSha256} is what the device claimed, which differs from {@code sha256} in quarantine;
 * {@code review} is what was decided about a quarantined clip, null until someone has.
 */
public record ClipSummary(ClipId id, Sha256 sha256, long sizeBytes, String cameraSerial, String officerCollar,
        Instant startedAt, Instant endedAt, ClipStatus status, String source, String sourceReference,
        Instant receivedAt, Sha256 deviceSha256, QuarantineReview review) {

    static ClipSummary of(Clip c) {
        return new ClipSummary(c.id(), c.sha256(), c.sizeBytes(), c.recording().camera().value(),
                c.recording().officer() == null ? null : c.recording().officer().value(), c.recording().startedAt(),
                c.recording().endedAt(), c.status(), c.provenance().source(), c.provenance().reference(),
                c.receivedAt(), c.deviceSha256(), c.review());
    }
}
