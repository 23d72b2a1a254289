package org.custodian.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class FleetIdentifiersTest {

    @Test
    void unitCodesAreTwoToTenLettersOrDigits() {
        assertThat(UnitCode.of("kd").value()).isEqualTo("KD");
        assertThat(UnitCode.of("SCO19").value()).isEqualTo("SCO19");
        assertThatThrownBy(() -> UnitCode.of("K")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2-10 letters or digits");
        assertThatThrownBy(() -> UnitCode.of("TOOLONGCODE")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> UnitCode.of("K-D")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void collarNumbersAreTwoToTwentyLettersOrDigits() {
        assertThat(CollarNumber.of("pc1234").value()).isEqualTo("PC1234");
        assertThat(CollarNumber.of("123456").value()).isEqualTo("123456");
        assertThatThrownBy(() -> CollarNumber.of("PC 1234")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2-20 letters or digits");
        assertThatThrownBy(() -> CollarNumber.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void dockCodesMayContainHyphens() {
        assertThat(DockCode.of("kd-romford-1").value()).isEqualTo("KD-ROMFORD-1");
        assertThatThrownBy(() -> DockCode.of("-KD")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2-32 characters");
    }

    @Test
    void ranksAndStatusesAreReadAsPeopleTypeThem() {
        assertThat(Rank.parse("chief supt")).isEqualTo(Rank.CHIEF_SUPT);
        assertThat(CameraStatus.parse("in-service")).isEqualTo(CameraStatus.IN_SERVICE);
        assertThat(UnitKind.parse("specialist command")).isEqualTo(UnitKind.SPECIALIST_COMMAND);
        assertThatThrownBy(() -> Rank.parse("CONSTABLE")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Unknown rank 'CONSTABLE'").hasMessageContaining("SGT");
    }

    @Test
    void aUnitNeedsANameAndAnEstablishmentOfZeroOrMore() {
        assertThat(new Unit(UnitCode.of("KD"), " Havering ", UnitKind.BOROUGH, 0).name()).isEqualTo("Havering");
        assertThatThrownBy(() -> new Unit(UnitCode.of("KD"), "Havering", UnitKind.BOROUGH, -1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Establishment");
        assertThatThrownBy(() -> new Unit(UnitCode.of("KD"), " ", UnitKind.BOROUGH, 10))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Unit name");
    }

    @Test
    void aDockHasAtLeastOneBayAndAPlausibleHost() {
        Dock dock = new Dock(DockCode.of("KD-1"), "Romford", UnitCode.of("KD"), 12, "", "dock-kd-1.met.local");
        assertThat(dock.address()).isNull();
        assertThatThrownBy(() -> new Dock(DockCode.of("KD-1"), "Romford", UnitCode.of("KD"), 0, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 1 bay");
        assertThatThrownBy(() -> new Dock(DockCode.of("KD-1"), "Romford", UnitCode.of("KD"), 4, null, "dock one"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a host name");
    }

    @Test
    void theMetHasThirtyTwoBoroughsAndFiveSpecialistCommands() {
        var units = MetropolitanUnits.all(code -> 100);
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.BOROUGH).hasSize(32);
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.SPECIALIST_COMMAND).extracting(u -> u.code().value())
                .containsExactlyInAnyOrder("SCO19", "MB", "RASP", "PADP", "TSG");
        assertThat(units).extracting(Unit::code).doesNotHaveDuplicates();
        assertThat(units).extracting(Unit::name).doesNotHaveDuplicates();
        assertThat(units).allMatch(u -> u.establishment() == 100);
    }
}
