package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SwiftPathTest {

    @Test
    void splitsAccountContainerAndObject() {
        SwiftPath path = SwiftPath.parse("/v1/AUTH_axis/Users/3f2a-11");
        assertThat(path).isEqualTo(new SwiftPath("AUTH_axis", "Users", "3f2a-11"));
        assertThat(path.isContainer()).isFalse();
        assertThat(SwiftPath.parse("/v1/AUTH_axis/Devices").isContainer()).isTrue();
        assertThat(SwiftPath.parse("/v1/AUTH_axis/").isAccount()).isTrue();
    }

    @Test
    void decodesNamesOnceKeepingPlusSigns() {
        assertThat(SwiftPath.parse("/v1/a/c/2022-08-23T11%3A47%3A06+00%3A00_1.mp4").object())
                .isEqualTo("2022-08-23T11:47:06+00:00_1.mp4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/a/c/..", "/v1/a/../x", "/v1/a/c/%2E%2E", "/v1/a/c/x%2Fy", "/v1/a/c/x%5Cy",
            "/v1/a/c/x/y", "/v1/a/c/x%00y", "/v1/a/c/x%0Ay", "/v1/a/c/x%1By", "/v1/a/c/%C0%AE", "/v1/a/c/x%2",
            "/v1/a/c/x%zz", "/v2/a/c"})
    void refusesNamesThatCouldEscapeOrMislead(String raw) {
        assertThatThrownBy(() -> SwiftPath.parse(raw)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesNamesLongerThanAFileName() {
        assertThatThrownBy(() -> SwiftPath.parse("/v1/a/c/" + "x".repeat(256)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("255");
    }
}
