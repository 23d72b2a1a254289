package org.custodian.ingest.axis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code System/Capability.json}: what this content destination stores beyond clips. The body worn system
 * checks the object against its {@code ETag} (MD5 hex) and treats a mismatch as a corrupt object. The
 * capabilities sit under {@code StoreAndRead}, where Axis's own example content destination declares them.
 */
final class Capability {

    static final String JSON = "{\"Read\":{},\"Store\":{},\"StoreAndRead\":{\"StoreBookmarks\":true,"
            + "\"StoreGNSSTrackRecording\":true,\"StoreReadSystemID\":true,\"StoreUserIDKey\":true}}";
    static final byte[] BYTES = JSON.getBytes(StandardCharsets.UTF_8);
    static final String ETAG = md5(BYTES);

    private Capability() {
    }

    /** The README names it {@code Capability.json}; the example server serves {@code Capabilities.json}. */
    static boolean isCapabilityObject(String container, String object) {
        return "System".equals(container) && ("Capability.json".equals(object) || "Capabilities.json".equals(object));
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
