package org.custodian.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CameraTest {

    static final CameraSerial SERIAL = CameraSerial.of("AX-1001");
    static final Instant ISSUED = Instant.parse("2017-03-01T07:00:00Z");
    static final Instant NOW = Instant.parse("2017-03-01T15:00:00Z");

    final Camera camera = Camera.inService(SERIAL, "Axon Body 2", "1.4.0");
    final Optional<Assignment> held = Optional.of(new Assignment(SERIAL, CollarNumber.of("PC1"), ISSUED, null));

    @Test
    void aCameraInStoreMayBeMarkedFaultyAndRepaired() {
        Camera faulty = camera.changeStatus(CameraStatus.FAULTY, Optional.empty(), NOW).camera();
        assertThat(faulty.status()).isEqualTo(CameraStatus.FAULTY);
        assertThat(faulty.isIssuable()).isFalse();
        assertThat(faulty.changeStatus(CameraStatus.IN_SERVICE, Optional.empty(), NOW).camera().isIssuable()).isTrue();
    }

    @Test
    void aCameraStillHeldCannotBeMarkedFaultyOrRetired() {
        assertThatThrownBy(() -> camera.changeStatus(CameraStatus.FAULTY, held, NOW))
                .isInstanceOf(CameraStillIssuedException.class).hasMessageContaining("return it before marking it FAULTY");
        assertThatThrownBy(() -> camera.changeStatus(CameraStatus.RETIRED, held, NOW))
                .isInstanceOf(CameraStillIssuedException.class);
    }

    @Test
    void losingAHeldCameraEndsItsAssignmentThen() {
        Camera.StatusChange lost = camera.changeStatus(CameraStatus.LOST, held, NOW);
        assertThat(lost.camera().status()).isEqualTo(CameraStatus.LOST);
        assertThat(lost.ended()).contains(new Assignment(SERIAL, CollarNumber.of("PC1"), ISSUED, NOW));
    }

    @Test
    void retirementIsFinal() {
        Camera retired = camera.changeStatus(CameraStatus.RETIRED, Optional.empty(), NOW).camera();
        assertThatThrownBy(() -> retired.changeStatus(CameraStatus.IN_SERVICE, Optional.empty(), NOW))
                .isInstanceOf(CameraRetiredException.class);
        assertThatThrownBy(() -> retired.withDetails(null, "2.0.0")).isInstanceOf(CameraRetiredException.class);
        assertThat(retired.changeStatus(CameraStatus.RETIRED, Optional.empty(), NOW).camera()).isEqualTo(retired);
    }

    @Test
    void onlyACameraInServiceMayBeIssued() {
        Camera lost = camera.changeStatus(CameraStatus.LOST, Optional.empty(), NOW).camera();
        assertThatThrownBy(lost::requireIssuable).isInstanceOf(CameraNotInServiceException.class)
                .hasMessageContaining("AX-1001 is LOST");
    }

    @Test
    void aFirmwareUpdateKeepsTheModel() {
        assertThat(camera.withDetails(null, "1.5.0")).isEqualTo(Camera.inService(SERIAL, "Axon Body 2", "1.5.0"));
    }

    @Test
    void supervisorsMayOnlyReportFaultsAndLosses() {
        assertThat(CameraChange.status(CameraStatus.FAULTY, "lens cracked").onlyReportsFaultOrLoss()).isTrue();
        assertThat(CameraChange.status(CameraStatus.LOST, "dropped in river").onlyReportsFaultOrLoss()).isTrue();
        assertThat(CameraChange.status(CameraStatus.RETIRED, "old").onlyReportsFaultOrLoss()).isFalse();
        assertThat(new CameraChange(null, "2.0", CameraStatus.FAULTY, "x").onlyReportsFaultOrLoss()).isFalse();
    }
}
