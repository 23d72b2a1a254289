package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class MetadataTest {

    @Test
    void takesOnlyItsPrefixAndDecodesValues() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("x-object-meta-NAME", "Jane%20Smith%20%C3%85str%C3%B6m+PC1");
        request.addHeader("X-Container-Meta-Status", "Complete");
        request.addHeader("X-Auth-Token", "secret");
        Metadata metadata = Metadata.from(request, Metadata.OBJECT);
        assertThat(metadata.values()).containsExactly(Map.entry("Name", "Jane Smith Åström+PC1"));
        assertThat(metadata.get("name")).isEqualTo("Jane Smith Åström+PC1");
    }

    @Test
    void mergesAsSwiftDoesWithEmptyValuesRemovingKeys() {
        Metadata merged = new Metadata(Map.of("Status", "Transferring", "Triggeron", "Button"))
                .merge(new Metadata(Map.of("Status", "Complete", "Triggeron", "")));
        assertThat(merged.values()).containsExactly(Map.entry("Status", "Complete"));
    }

    @Test
    void refusesOversizeValuesAndTooMuchMetadata() {
        MockHttpServletRequest big = new MockHttpServletRequest();
        big.addHeader("X-Container-Meta-Triggeron", "x".repeat(257));
        assertThatThrownBy(() -> Metadata.from(big, Metadata.CONTAINER)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Triggeron is 257 bytes; at most 256");
        MockHttpServletRequest many = new MockHttpServletRequest();
        for (int i = 0; i < 91; i++) {
            many.addHeader("X-Container-Meta-K" + i, "v");
        }
        assertThatThrownBy(() -> Metadata.from(many, Metadata.CONTAINER)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Too many metadata items");
        MockHttpServletRequest overall = new MockHttpServletRequest();
        for (int i = 0; i < 20; i++) {
            overall.addHeader("X-Container-Meta-K" + i, "v".repeat(250));
        }
        assertThatThrownBy(() -> Metadata.from(overall, Metadata.CONTAINER)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 4096");
    }

    @Test
    void refusesControlCharacters() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("X-Object-Meta-Name", "a%0Ab");
        assertThatThrownBy(() -> Metadata.from(request, Metadata.OBJECT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void roundTripsThroughJsonAndHeaders() {
        Metadata metadata = new Metadata(Map.of("Name", "Åsa Öberg", "Active", "True"));
        assertThat(Metadata.fromJson(metadata.toJson())).isEqualTo(metadata);
        assertThat(Metadata.encode("Åsa Öberg")).isEqualTo("%C3%85sa%20%C3%96berg");
        assertThat(SwiftPath.decode(Metadata.encode("a/b+c%d"), "v")).isEqualTo("a/b+c%d");
    }
}
