package org.custodian.ingest.tus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.custodian.shared.InvalidValueException;

/** The tus checksum extension's {@code Upload-Checksum: sha256 <base64 digest>} of one PATCH's bytes. */
record Checksum(byte[] expected) {

    static final String ALGORITHM = "sha256";

    /** Null when the header is absent. */
    static Checksum parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.strip().split(" ");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase(ALGORITHM)) {
            throw new InvalidValueException("Upload-Checksum must be 'sha256 <base64 digest>'; sha256 is the only "
                    + "algorithm supported (Tus-Checksum-Algorithm)");
        }
        try {
            byte[] digest = Base64.getDecoder().decode(parts[1]);
            if (digest.length != 32) {
                throw new IllegalArgumentException("not 32 bytes");
            }
            return new Checksum(digest);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("Upload-Checksum's digest is not the base64 of 32 bytes");
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    boolean matches(MessageDigest computed) {
        return MessageDigest.isEqual(expected, computed.digest());
    }
}
