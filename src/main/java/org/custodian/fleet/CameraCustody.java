package org.custodian.fleet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.fleet.jdbc.Assignments;
import org.custodian.fleet.jdbc.Cameras;
import org.custodian.fleet.jdbc.Officers;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cameras and their custody: registering them, changing their status, issuing them to officers and taking
 * them back, and answering who held a camera at an instant, which is how footage is attributed. Every
 * change to a camera or its assignments holds the camera's row locked, so concurrent requests about one
 * camera take turns; each change is audited in the same transaction.
 */
@Component
public class CameraCustody {

    private final Cameras cameras;
    private final Officers officers;
    private final Assignments assignments;
    private final AuditLog audit;
    private final Clock clock;

    CameraCustody(Cameras cameras, Officers officers, Assignments assignments, AuditLog audit, Clock clock) {
        this.cameras = cameras;
        this.officers = officers;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Camera registerCamera(Camera camera) {
        if (cameras.exists(camera.serial())) {
            throw new AlreadyRegisteredException("Camera", camera.serial());
        }
        cameras.insert(camera, clock.instant());
        audit.record(AuditEvent.succeeded("camera.registered", "camera", camera.serial()).with("model", camera.model())
                .with("firmware", camera.firmware()).with("status", camera.status()));
        return camera;
    }

    @Transactional(readOnly = true)
    public CameraOverview camera(CameraSerial serial) {
        return cameras.overview(serial).orElseThrow(() -> new NotFoundException("Camera", serial));
    }

    /** Cameras with {@code status}, or all when it is null, by serial. */
    @Transactional(readOnly = true)
    public List<CameraOverview> cameras(CameraStatus status, Paging paging) {
        return cameras.list(status, paging);
    }

    @Transactional
    public Camera change(CameraSerial serial, CameraChange change) {
        Camera before = lock(serial);
        Camera after = change.model() == null && change.firmware() == null ? before
                : before.withDetails(change.model(), change.firmware());
        Camera.StatusChange statusChange = null;
        if (change.status() != null && change.status() != before.status()) {
            Checks.text(change.reason(), "A reason for changing the camera's status", 500);
            statusChange = after.changeStatus(change.status(), historyOf(serial).current(), clock.instant());
            statusChange.ended().ifPresent(assignments::close);
            after = statusChange.camera();
        }
        cameras.update(after);
        auditChange(before, after, statusChange, change.reason());
        return after;
    }

    private void auditChange(Camera before, Camera after, Camera.StatusChange statusChange, String reason) {
        if (!after.model().equals(before.model()) || !after.firmware().equals(before.firmware())) {
            audit.record(AuditEvent.succeeded("camera.updated", "camera", after.serial()).with("model", after.model())
                    .with("firmware", after.firmware()));
        }
        if (statusChange != null) {
            AuditEvent event = AuditEvent.succeeded("camera.status-changed", "camera", after.serial())
                    .withReason(reason.strip()).with("from", before.status()).with("to", after.status());
            audit.record(statusChange.ended().map(ended -> event.with("returnedBy", ended.officer())
                    .with("returnedAt", ended.to())).orElse(event));
        }
    }

    /**
     * Records that {@code officer} holds the camera from {@code from} (null: now) until {@code to} (null:
     * still holds it, i.e. issuing it; otherwise recording past history).
     */
    @Transactional
    public Assignment issue(CameraSerial serial, CollarNumber officer, Instant from, Instant to) {
        Camera camera = lock(serial);
        Officer holder = officers.lock(officer).orElseThrow(() -> new NotFoundException("Officer", officer));
        Instant now = clock.instant();
        Assignment assignment = historyOf(serial).assign(camera, holder, from == null ? now : from, to, now);
        assignments.insert(assignment);
        AuditEvent event = AuditEvent.succeeded(assignment.isOpen() ? "camera.issued" : "camera.assignment-recorded",
                "camera", serial).with("officer", officer).with("from", assignment.from());
        audit.record(assignment.isOpen() ? event : event.with("to", assignment.to()));
        return assignment;
    }

    /** The camera handed back at {@code at} (null: now). */
    @Transactional
    public Assignment returnCamera(CameraSerial serial, Instant at) {
        lock(serial);
        Instant now = clock.instant();
        Assignment returned = historyOf(serial).returnAt(at == null ? now : at, now);
        assignments.close(returned);
        audit.record(AuditEvent.succeeded("camera.returned", "camera", serial).with("officer", returned.officer())
                .with("from", returned.from()).with("to", returned.to()));
        return returned;
    }

    /** Who held the camera at {@code instant}; empty when nobody did. Footage is attributed through this. */
    @Transactional(readOnly = true)
    public Optional<Assignment> holderAt(CameraSerial serial, Instant instant) {
        if (!cameras.exists(serial)) {
            throw new NotFoundException("Camera", serial);
        }
        return assignments.at(serial, instant);
    }

    @Transactional(readOnly = true)
    public AssignmentHistory history(CameraSerial serial) {
        if (!cameras.exists(serial)) {
            throw new NotFoundException("Camera", serial);
        }
        return historyOf(serial);
    }

    /** Every camera the officer held, oldest first. */
    @Transactional(readOnly = true)
    public List<Assignment> assignmentsOf(CollarNumber officer) {
        if (!officers.exists(officer)) {
            throw new NotFoundException("Officer", officer);
        }
        return assignments.ofOfficer(officer);
    }

    private Camera lock(CameraSerial serial) {
        return cameras.lock(serial).orElseThrow(() -> new NotFoundException("Camera", serial));
    }

    private AssignmentHistory historyOf(CameraSerial serial) {
        return new AssignmentHistory(serial, assignments.ofCamera(serial));
    }
}
