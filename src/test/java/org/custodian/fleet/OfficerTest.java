package org.custodian.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class OfficerTest {

    final Officer officer = new Officer(CollarNumber.of("PC1234"), "Jane Smith", Rank.PC, UnitCode.of("KD"), true);

    @Test
    void anOfficerHoldingACameraIsNotDeactivated() {
        Assignment held = new Assignment(CameraSerial.of("AX-1"), officer.collarNumber(),
                Instant.parse("2017-01-01T08:00:00Z"), null);
        assertThatThrownBy(() -> officer.deactivated(List.of(held))).isInstanceOf(OfficerHoldsCameraException.class)
                .hasMessageContaining("PC1234 still holds camera AX-1");
        assertThat(officer.deactivated(List.of()).active()).isFalse();
    }

    @Test
    void anInactiveOfficerCannotReceiveACamera() {
        Officer inactive = officer.deactivated(List.of());
        assertThatThrownBy(inactive::requireActive).isInstanceOf(OfficerInactiveException.class);
        inactive.activated().requireActive();
    }

    @Test
    void aChangeKeepsWhatItDoesNotName() {
        Officer promoted = officer.changed(null, Rank.SGT, null);
        assertThat(promoted).isEqualTo(new Officer(officer.collarNumber(), "Jane Smith", Rank.SGT, UnitCode.of("KD"),
                true));
    }
}
