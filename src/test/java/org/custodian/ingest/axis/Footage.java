package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Real MP4 clips (H.264/AAC, 2 s, made with ffmpeg's test source) and their digests. Each call gives
 * different bytes, a unique {@code free} box appended (which players skip), because Custodian keeps the
 * same bytes once however often, and by whichever camera, they arrive.
 */
final class Footage {

    private Footage() {
    }

    static byte[] clip(int n) {
        try (InputStream in = Footage.class.getResourceAsStream("/axis/clip-" + n + ".mp4")) {
            byte[] mp4 = in.readAllBytes();
            byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(mp4.length + 8 + unique.length).put(mp4)
                    .putInt(8 + unique.length).put("free".getBytes(StandardCharsets.US_ASCII)).put(unique).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String md5(byte[] bytes) {
        return digest("MD5", bytes);
    }

    static String sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
