import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What each step of ingest costs one core of this machine, in the JDK that runs the server: SHA-256 (the
 * clip's hash), MD5 (the Axis ETag) and AES-256-GCM in 1 MiB calls (footage encryption: Tink's streaming
 * AEAD uses the JDK's GCM, a segment at a time), each over 512 MiB after a warm-up. Timed in CPU time
 * of the thread, not wall time, so other work on the machine does not shrink the figures. Run with {@code java bench/ingest/CpuPerByte.java}; prints one line per step and a JSON line.
 */
public class CpuPerByte {

    private static final int BUFFER = 1 << 20;
    private static final int ROUNDS = 512;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        byte[] data = new byte[BUFFER];
        new Random(1).nextBytes(data);
        double sha256 = digest("SHA-256", data);
        double md5 = digest("MD5", data);
        double gcm = gcm(data);
        double all = 1 / (1 / sha256 + 1 / md5 + 1 / gcm);
        System.out.printf(Locale.ROOT, "one core: SHA-256 %.0f MB/s (%.2f ns/B), MD5 %.0f MB/s (%.2f ns/B),"
                + " AES-256-GCM %.0f MB/s (%.2f ns/B); all three in series %.0f MB/s (%.2f ns/B)%n",
                sha256, 1e3 / sha256, md5, 1e3 / md5, gcm, 1e3 / gcm, all, 1e3 / all);
        System.out.printf(Locale.ROOT, "{\"sha256_mb_per_s\":%.0f,\"md5_mb_per_s\":%.0f,\"aes_gcm_mb_per_s\":%.0f}%n",
                sha256, md5, gcm);
    }

    private static double digest(String algorithm, byte[] data) throws Exception {
        MessageDigest digest = MessageDigest.getInstance(algorithm);
        for (int i = 0; i < ROUNDS; i++) {
            digest.update(data);
        }
        digest.digest();
        long started = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            digest.update(data);
        }
        digest.digest();
        return rate(started);
    }

    // Warmed past the JIT's threshold first: until then the JDK's GCM runs without AES-NI and CLMUL.
    private static double gcm(byte[] data) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
        byte[] out = new byte[BUFFER + 16];
        byte[] nonce = new byte[12];
        for (int i = 0; i < 2 * ROUNDS; i++) {
            encrypt(cipher, key, nonce, i, data, out);
        }
        long started = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            encrypt(cipher, key, nonce, 2 * ROUNDS + i, data, out);
        }
        return rate(started);
    }

    private static void encrypt(Cipher cipher, SecretKeySpec key, byte[] nonce, int counter, byte[] data, byte[] out)
            throws Exception {
        nonce[0] = (byte) counter;
        nonce[1] = (byte) (counter >> 8);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        cipher.doFinal(java.nio.ByteBuffer.wrap(data), java.nio.ByteBuffer.wrap(out));
    }

    private static double rate(long started) {
        return (double) ROUNDS * BUFFER / 1e6 / ((THREADS.getCurrentThreadCpuTime() - started) / 1e9);
    }
}
