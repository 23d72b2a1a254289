package org.custodian.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.custodian.fleet.Assignment;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Fleet;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.storage.BlobStore;
import org.springframework.stereotype.Component;

/** Everything decided about an upload before its body is read, so a refusal never costs a byte of storage. */
@Component
class UploadChecks {

    /** Body-worn cameras did not exist before this; an earlier time is a camera with a reset clock. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** A camera clock may run ahead, but not by more than this. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final CameraCustody custody;
    private final Fleet fleet;
    private final BlobStore store;
    private final IngestProperties properties;
    private final Clock clock;

    UploadChecks(CameraCustody custody, Fleet fleet, BlobStore store, IngestProperties properties, Clock clock) {
        this.custody = custody;
        this.fleet = fleet;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    Attribution check(Upload upload, long declaredLength) {
        if (declaredLength < -1 || declaredLength == 0) {
            throw new InvalidValueException("An upload declares a positive length, or none; got " + declaredLength);
        }
        CameraSerial camera = camera(upload.cameraSerial());
        checkTimes(upload.startedAt(), upload.endedAt());
        checkSpace(declaredLength);
        if (upload.officerCollar() != null && !upload.officerCollar().isBlank()) {
            return new Attribution(camera, officer(upload.officerCollar()), Attribution.Source.UPLOAD,
                    upload.startedAt(), upload.endedAt(), upload.cameraClockOffset());
        }
        // The camera's clock may be off; the assignment history is kept in server time.
        Instant serverTime = upload.cameraClockOffset() == null ? upload.startedAt()
                : upload.startedAt().minus(upload.cameraClockOffset());
        CollarNumber holder = custody.holderAt(camera, serverTime).map(Assignment::officer).orElse(null);
        return new Attribution(camera, holder, holder == null ? Attribution.Source.NONE : Attribution.Source.ASSIGNMENT,
                upload.startedAt(), upload.endedAt(), upload.cameraClockOffset());
    }

    private CameraSerial camera(String serial) {
        try {
            CameraSerial camera = CameraSerial.of(serial);
            custody.camera(camera);
            return camera;
        } catch (InvalidValueException | NotFoundException e) {
            throw new UnknownCameraException(serial);
        }
    }

    private CollarNumber officer(String collar) {
        try {
            CollarNumber officer = CollarNumber.of(collar);
            fleet.officer(officer);
            return officer;
        } catch (InvalidValueException | NotFoundException e) {
            throw new UnknownOfficerException(collar);
        }
    }

    private void checkTimes(Instant startedAt, Instant endedAt) {
        Instant latest = clock.instant().plus(FUTURE_TOLERANCE);
        if (startedAt == null) {
            throw new ImpossibleRecordingTimeException("A recording needs the time it started");
        }
        if (startedAt.isBefore(EARLIEST) || startedAt.isAfter(latest)) {
            throw new ImpossibleRecordingTimeException("A recording cannot start at " + startedAt + ": times before "
                    + EARLIEST + " or more than a day ahead of the server clock are refused");
        }
        if (endedAt != null && !endedAt.isAfter(startedAt)) {
            throw new ImpossibleRecordingTimeException(endedAt.equals(startedAt)
                    ? "A recording with no duration (it ends when it starts, " + startedAt + ") is refused"
                    : "A recording cannot end (" + endedAt + ") before it starts (" + startedAt + ")");
        }
        if (endedAt != null && endedAt.isAfter(latest)) {
            throw new ImpossibleRecordingTimeException("A recording cannot end at " + endedAt
                    + ", more than a day ahead of the server clock");
        }
    }

    private void checkSpace(long declaredLength) {
        OptionalLong usable;
        try {
            usable = store.usableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tell how much space the footage store has", e);
        }
        long needed = properties.minFreeBytes().toBytes() + Math.max(declaredLength, 0);
        if (usable.isPresent() && usable.getAsLong() < needed) {
            throw new StorageFullException("The footage store has " + usable.getAsLong() + " bytes free; this upload "
                    + "needs " + needed + " including the " + properties.minFreeBytes().toBytes() + " kept free");
        }
    }
}
