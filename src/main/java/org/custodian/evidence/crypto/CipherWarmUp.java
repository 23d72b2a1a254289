package org.custodian.evidence.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * Encrypts a few thousand segments under a throwaway key, once, so that the first clips a server stores are
 * encrypted as fast as the later ones. HotSpot runs AES-GCM on the CPU's AES and carry-less multiply
 * instructions only from code its optimising compiler has compiled, and it compiles the JDK's GCM methods
 * only after some thousands of calls: at six calls per 1 MiB segment, a fresh server would encrypt its
 * first gigabyte or so of footage at about 100 MB/s instead of several GB/s (docs/benchmarks.md).
 */
public final class CipherWarmUp {

    /** With six GCM calls each, well past the calls after which HotSpot compiles a method fully (5000). */
    static final int SEGMENTS = 3_000;
    /**
     * The JDK's GCM (JDK 17 to 25) splits more than 64 KiB in one call into six parts and smaller inputs take
     * another path: warm segments must be over 64 KiB, like the 1 MiB footage segments, to warm theirs.
     */
    static final int SEGMENT_BYTES = 72 * 1024;
    private static final int TAG_BYTES = 16;
    private static final System.Logger LOG = System.getLogger(CipherWarmUp.class.getName());

    private CipherWarmUp() {
    }

    /** Starts the warm-up on a low-priority daemon thread (about a second of one core) and returns. */
    public static Thread inBackground() {
        Thread thread = new Thread(CipherWarmUp::run, "footage-cipher-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /** Encrypts {@link #SEGMENTS} segments through the same Tink and JDK code as footage; returns the bytes. */
    static long run() {
        try {
            StreamingAeadConfig.register();
            AesGcmHkdfStreamingParameters parameters = AesGcmHkdfStreamingParameters.builder().setKeySizeBytes(32)
                    .setDerivedAesGcmKeySizeBytes(32).setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                    .setCiphertextSegmentSizeBytes(SEGMENT_BYTES).build();
            StreamingAead aead = KeysetHandle.generateNew(parameters)
                    .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
            byte[] segment = new byte[SEGMENT_BYTES - TAG_BYTES];
            long written = 0;
            try (OutputStream encrypting = aead.newEncryptingStream(OutputStream.nullOutputStream(), new byte[0])) {
                for (int i = 0; i < SEGMENTS; i++) {
                    encrypting.write(segment);
                    written += segment.length;
                }
            }
            return written;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            // Only speed is at stake: footage is encrypted correctly either way.
            LOG.log(System.Logger.Level.WARNING, "Footage cipher warm-up failed; the first clips will be slower", e);
            return -1;
        }
    }
}
