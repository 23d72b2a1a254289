package org.custodian.ingest;

import java.time.Duration;
import java.time.Instant;

import org.custodian.evidence.Recording;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;

/**
 * The checked facts of an upload: its camera, the officer the footage is attributed to (null when nobody
 * held the camera then) and how that officer was found, for the audit entry.
 */
record Attribution(CameraSerial camera, CollarNumber officer, Source source, Instant startedAt, Instant endedAt,
        Duration clockOffset) {

    enum Source {
        /** The upload named the officer. */
        UPLOAD,
        /** The fleet's assignment history: whoever held the camera when recording started. */
        ASSIGNMENT,
        /** Nobody held the camera then; a supervisor attributes it by hand. */
        NONE
    }

    Recording recording() {
        return new Recording(camera, officer, startedAt, endedAt, clockOffset);
    }
}
