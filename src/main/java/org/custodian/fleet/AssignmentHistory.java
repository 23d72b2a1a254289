package org.custodian.fleet;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.custodian.shared.InvalidValueException;

/**
 * Everything one camera was assigned, oldest first. It decides whether a new assignment may be recorded
 * (current or backdated) and answers who held the camera at an instant, which is how footage is attributed:
 * so no instant may ever have two holders.
 */
public final class AssignmentHistory {

    private final CameraSerial camera;
    private final List<Assignment> assignments;

    public AssignmentHistory(CameraSerial camera, List<Assignment> assignments) {
        this.camera = Checks.required(camera, "Camera serial");
        if (assignments.stream().anyMatch(a -> !a.camera().equals(camera))) {
            throw new IllegalArgumentException("Every assignment in the history of " + camera + " must be of it");
        }
        this.assignments = assignments.stream().sorted(Comparator.comparing(Assignment::from)).toList();
    }

    public List<Assignment> all() {
        return assignments;
    }

    /** The assignment still open, if the camera is issued now. */
    public Optional<Assignment> current() {
        return assignments.stream().filter(Assignment::isOpen).findFirst();
    }

    public Optional<Assignment> holderAt(Instant instant) {
        return assignments.stream().filter(a -> a.covers(instant)).findFirst();
    }

    /**
     * The assignment of this camera to {@code officer} from {@code from} until {@code to} (null: still
     * held), if the rules allow it: the camera is in service, the officer is active, nothing is in the
     * future of {@code now}, and no other assignment of the camera overlaps it.
     */
    public Assignment assign(Camera subject, Officer officer, Instant from, Instant to, Instant now) {
        if (!subject.serial().equals(camera)) {
            throw new IllegalArgumentException("This is the history of " + camera + ", not of " + subject.serial());
        }
        Assignment candidate = new Assignment(camera, officer.collarNumber(), from, to);
        notInTheFuture(candidate.from(), now, "start");
        if (to != null) {
            notInTheFuture(candidate.to(), now, "end");
        }
        subject.requireIssuable();
        officer.requireActive();
        Optional<Assignment> current = current();
        if (candidate.isOpen() && current.isPresent()) {
            throw new CameraAlreadyIssuedException(current.get(), officer.collarNumber());
        }
        assignments.stream().filter(candidate::overlaps).findFirst().ifPresent(existing -> {
            throw new OverlappingAssignmentException(existing, candidate);
        });
        return candidate;
    }

    /** The current assignment ended at {@code at}: the camera handed back. */
    public Assignment returnAt(Instant at, Instant now) {
        Assignment open = current().orElseThrow(() -> new CameraNotIssuedException(camera));
        notInTheFuture(at, now, "return");
        return open.returnedAt(at);
    }

    private static void notInTheFuture(Instant instant, Instant now, String what) {
        if (instant.isAfter(now)) {
            throw new InvalidValueException("The " + what + " of an assignment cannot be in the future (" + instant
                    + " is after " + now + ")");
        }
    }
}
