package org.custodian.retention;

import java.time.Instant;

import org.custodian.evidence.ClipId;

/** The facts of a clip retention works from: its category as stored, when it was recorded, by whom, where. */
public record RetainedClip(ClipId id, String category, Instant recordedAt, String status, String officer,
        String unit, String camera) {

    public boolean deleted() {
        return "DELETED".equals(status);
    }
}
