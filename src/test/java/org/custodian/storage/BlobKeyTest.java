package org.custodian.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"clips/2026/11/23/3f2c9a7e-8d1b-4f0e-9c55-0a1b2c3d4e5f", "a", "clips/x.mp4.enc",
            "stills/cam_0042/frame-000001.jpg", "a/.hidden", "a/b.c/d"})
    void acceptsKeysMadeOfAllowedCharacters(String value) {
        assertThat(BlobKey.of(value).value()).isEqualTo(value);
        assertThat(BlobKey.of(value)).hasToString(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "../etc/passwd            | must not contain ..",
        "clips/../../etc/passwd   | must not contain ..",
        "clips/x..y               | must not contain ..",
        "/clips/x                 | must not start with /",
        "clips//x                 | empty segment",
        "clips/x/                 | empty segment",
        "clips/./x                | '.' segment",
        "Clips/x                  | contains 'C'",
        "clips/x y                | contains ' '",
        "clips\\x                 | contains '\\'",
        "clips/x:y                | contains ':'",
        "clips/é                  | contains 'é'",
    })
    void refusesKeyNamingTheRuleItBreaks(String value, String rule) {
        assertThatThrownBy(() -> BlobKey.of(value)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(rule);
    }

    @Test
    void refusesMissingKey() {
        assertThatThrownBy(() -> BlobKey.of(null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("A blob key is required");
        assertThatThrownBy(() -> BlobKey.of("")).isInstanceOf(InvalidValueException.class)
                .hasMessage("A blob key is required");
    }

    @Test
    void allowsAtMost512Characters() {
        String longest = "a/".repeat(255) + "ab";

        assertThat(BlobKey.of(longest).value()).hasSize(BlobKey.MAX_LENGTH);
        assertThatThrownBy(() -> BlobKey.of(longest + "c")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("513 characters long; at most 512");
    }

    @Test
    void allowsSegmentsOnlyAsLongAsAFileName() {
        assertThat(BlobKey.of("clips/" + "x".repeat(255))).isNotNull();
        assertThatThrownBy(() -> BlobKey.of("clips/" + "x".repeat(256))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("longer than 255");
    }

    @Test
    void shortensLongKeysInMessages() {
        assertThatThrownBy(() -> BlobKey.of("X" + "a".repeat(300))).hasMessageContaining("...'")
                .hasMessageNotContaining("a".repeat(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "clips/", "clips/2026/1", "c"})
    void acceptsListingPrefixes(String prefix) {
        assertThat(BlobKey.requireValidPrefix(prefix)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../", "clips/..", "/clips", "clips//", "Clips/"})
    void refusesListingPrefixesThatBreakKeyRules(String prefix) {
        assertThatThrownBy(() -> BlobKey.requireValidPrefix(prefix)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMissingPrefix() {
        assertThatThrownBy(() -> BlobKey.requireValidPrefix(null)).isInstanceOf(InvalidValueException.class);
    }
}
