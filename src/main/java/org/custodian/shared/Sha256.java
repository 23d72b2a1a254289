package org.custodian.shared;

import java.util.regex.Pattern;

/** A SHA-256 digest as 64 lower-case hex characters, the form used in the API, manifests and audit entries. */
public record Sha256(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new InvalidValueException("A SHA-256 digest is 64 hexadecimal characters, got '" + hex + "'");
        }
    }

    /** Accepts upper or lower case, as devices send either. */
    public static Sha256 of(String hex) {
        return new Sha256(hex == null ? null : hex.trim().toLowerCase(java.util.Locale.ROOT));
    }

    public static Sha256 of(byte[] digest) {
        return new Sha256(java.util.HexFormat.of().formatHex(digest));
    }

    @Override
    public String toString() {
        return hex;
    }
}
