package org.custodian.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AssignmentHistoryTest {

    static final CameraSerial SERIAL = CameraSerial.of("AX-2002");
    static final Camera CAMERA = Camera.inService(SERIAL, "Axon Body 2", "1.4.0");
    static final Officer SMITH = officer("PC1");
    static final Officer JONES = officer("PC2");
    static final Instant EIGHT = Instant.parse("2017-03-01T08:00:00Z");
    static final Instant NOON = Instant.parse("2017-03-01T12:00:00Z");
    static final Instant FOUR = Instant.parse("2017-03-01T16:00:00Z");
    static final Instant NOW = Instant.parse("2017-03-02T09:00:00Z");

    @Test
    void anAssignmentMayStartExactlyWhenThePreviousEnded() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, NOON));
        Assignment next = history.assign(CAMERA, JONES, NOON, null, NOW);
        assertThat(next).isEqualTo(new Assignment(SERIAL, JONES.collarNumber(), NOON, null));
    }

    @Test
    void aBackdatedAssignmentThatOverlapsIsRefused() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, NOON));
        assertThatThrownBy(() -> history.assign(CAMERA, JONES, EIGHT.minusSeconds(3600), EIGHT.plusSeconds(1), NOW))
                .isInstanceOf(OverlappingAssignmentException.class)
                .hasMessageContaining("held by PC1 from 2017-03-01T08:00:00Z until 2017-03-01T12:00:00Z");
    }

    @Test
    void aBackdatedAssignmentInsideAnotherIsRefused() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, FOUR));
        assertThatThrownBy(() -> history.assign(CAMERA, JONES, NOON, NOON.plusSeconds(60), NOW))
                .isInstanceOf(OverlappingAssignmentException.class);
    }

    @Test
    void aBackdatedAssignmentInAGapIsRecorded() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, NOON),
                new Assignment(SERIAL, SMITH.collarNumber(), FOUR, null));
        Assignment gap = history.assign(CAMERA, JONES, NOON, FOUR, NOW);
        assertThat(gap.isOpen()).isFalse();
    }

    @Test
    void theCurrentOpenAssignmentBlocksAnotherIssue() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, null));
        assertThatThrownBy(() -> history.assign(CAMERA, JONES, NOW, null, NOW))
                .isInstanceOf(CameraAlreadyIssuedException.class)
                .hasMessageContaining("already issued to PC1 since 2017-03-01T08:00:00Z");
        assertThatThrownBy(() -> history.assign(CAMERA, JONES, NOON, FOUR, NOW))
                .isInstanceOf(OverlappingAssignmentException.class);
    }

    @Test
    void anOpenAssignmentStartingBeforeAnEarlierRecordedOneIsRefused() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), NOON, FOUR));
        assertThatThrownBy(() -> history.assign(CAMERA, JONES, EIGHT, null, NOW))
                .isInstanceOf(OverlappingAssignmentException.class);
    }

    @Test
    void anAssignmentMustEndAfterItStartsAndNotInTheFuture() {
        AssignmentHistory history = history();
        assertThatThrownBy(() -> history.assign(CAMERA, SMITH, NOON, NOON, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> history.assign(CAMERA, SMITH, NOW.plusSeconds(1), null, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> history.assign(CAMERA, SMITH, NOON, NOW.plusSeconds(1), NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("future");
    }

    @Test
    void onlyAnActiveOfficerAndACameraInServiceQualify() {
        AssignmentHistory history = history();
        assertThatThrownBy(() -> history.assign(CAMERA, SMITH.deactivated(List.of()), NOON, null, NOW))
                .isInstanceOf(OfficerInactiveException.class);
        Camera faulty = new Camera(SERIAL, "Axon Body 2", "1.4.0", CameraStatus.FAULTY);
        assertThatThrownBy(() -> history.assign(faulty, SMITH, NOON, null, NOW))
                .isInstanceOf(CameraNotInServiceException.class);
    }

    @Test
    void holderAtIncludesTheStartAndExcludesTheEnd() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, NOON),
                new Assignment(SERIAL, JONES.collarNumber(), NOON, null));
        assertThat(history.holderAt(EIGHT.minusNanos(1000))).isEmpty();
        assertThat(history.holderAt(EIGHT)).map(Assignment::officer).contains(SMITH.collarNumber());
        assertThat(history.holderAt(NOON.minusNanos(1000))).map(Assignment::officer).contains(SMITH.collarNumber());
        assertThat(history.holderAt(NOON)).map(Assignment::officer).contains(JONES.collarNumber());
        assertThat(history.holderAt(NOW.plusSeconds(86_400))).map(Assignment::officer).contains(JONES.collarNumber());
    }

    @Test
    void returningEndsTheOpenAssignment() {
        AssignmentHistory history = history(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, null));
        assertThat(history.returnAt(FOUR, NOW)).isEqualTo(new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, FOUR));
        assertThatThrownBy(() -> history.returnAt(EIGHT, NOW)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must come after the issue");
        assertThatThrownBy(() -> history().returnAt(FOUR, NOW)).isInstanceOf(CameraNotIssuedException.class);
    }

    @Test
    void historyIsKeptInOrderOfStart() {
        Assignment later = new Assignment(SERIAL, JONES.collarNumber(), NOON, FOUR);
        Assignment earlier = new Assignment(SERIAL, SMITH.collarNumber(), EIGHT, NOON);
        assertThat(history(later, earlier).all()).containsExactly(earlier, later);
    }

    private static AssignmentHistory history(Assignment... assignments) {
        return new AssignmentHistory(SERIAL, List.of(assignments));
    }

    private static Officer officer(String collar) {
        return new Officer(CollarNumber.of(collar), "Officer " + collar, Rank.PC, UnitCode.of("KD"), true);
    }
}
