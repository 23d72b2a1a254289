package org.custodian.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CameraSerialTest {

    @Test
    void keepsSerialsInUpperCase() {
        assertThat(CameraSerial.of("x81-ab12").value()).isEqualTo("X81-AB12");
        assertThat(CameraSerial.of("x81-ab12")).isEqualTo(CameraSerial.of("X81-AB12"));
    }

    @Test
    void acceptsFourToThirtyTwoCharacters() {
        assertThat(CameraSerial.of("AB12").value()).hasSize(4);
        assertThat(CameraSerial.of("A".repeat(32)).value()).hasSize(32);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AB1", "-AB12", "AB 12", "AB_12", "AB12/", "ÄB12", " AB12"})
    void refusesMalformedSerialsNamingTheRule(String serial) {
        assertThatThrownBy(() -> CameraSerial.of(serial)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("4-32 characters of A-Z, 0-9 and '-', starting with a letter or digit");
    }

    @Test
    void refusesASerialLongerThanThirtyTwoWithoutEchoingAllOfIt() {
        String serial = "A".repeat(1000);
        assertThatThrownBy(() -> CameraSerial.of(serial)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("4-32 characters").message().hasSizeLessThan(200);
    }
}
