package org.custodian.evidence;

import java.util.Map;
import java.util.Objects;

/**
 * Where a clip came from: the source ({@code axis}, {@code tus}...), its reference there, the original
 * file name (display only, never a path) and the metadata the source sent, kept as it was sent.
 */
public record Provenance(String source, String reference, String fileName, Map<String, String> metadata) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
