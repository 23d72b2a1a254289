package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.custodian.simulator.ClipFactory;

/**
 * Real MP4 clips and their digests: two small fixtures (H.264/AAC, 2 s, made once with ffmpeg's test
 * source) for the many tests that only need bytes, or clips filmed by the simulator. Each fixture call gives
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

    /** A real H.264/AAC clip with the camera's serial and the time burnt in, as the simulator films it. */
    static byte[] filmed(String serial, Instant start) throws IOException {
        Path file = Files.createTempFile("axis-clip", ".mp4");
        try {
            new ClipFactory(320, 180, 15).write(file,
                    org.custodian.simulator.Footage.clean(serial, start, Duration.ofSeconds(2), start.getEpochSecond()));
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
