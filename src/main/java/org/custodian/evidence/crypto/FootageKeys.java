package org.custodian.evidence.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * Envelope encryption for footage: every clip gets a fresh streaming-AEAD data key (AES-256-GCM-HKDF,
 * 1 MiB segments), stored only wrapped by the key-encryption key (KEK, AES-256-GCM). Destroying the
 * wrapped key is crypto-shredding: the clip's ciphertext, wherever copies of it survive, is noise.
 */
public final class FootageKeys {

    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead kek;

    private FootageKeys(Aead kek) {
        this.kek = kek;
    }

    /**
     * Loads the KEK keyset from {@code file}, creating it (readable by the owner only) when absent and
     * {@code createIfAbsent} allows; a production KEK should come from a key management service instead.
     */
    public static FootageKeys fromKeysetFile(Path file, boolean createIfAbsent) {
        try {
            if (!Files.exists(file)) {
                if (!createIfAbsent) {
                    throw new IllegalStateException("Footage key-encryption key not found at " + file);
                }
                KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".kek", ".tmp");
                ownerOnly(temp);
                Files.writeString(temp, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            return new FootageKeys(handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the footage key-encryption key from " + file + ": " + e, e);
        }
    }

    /** A new data key for the clip. */
    public ClipKey newClipKey(String clipId) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, kek,
                    ClipKey.associatedData(clipId));
            return new ClipKey(dataKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class), clipId, wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create a data key", e);
        }
    }

    /** The clip's data key from its wrapped form; fails if it was wrapped for another clip or another KEK. */
    public ClipKey unwrap(String clipId, byte[] wrapped) {
        try {
            KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, kek,
                    ClipKey.associatedData(clipId));
            return new ClipKey(dataKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class), clipId, wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of clip " + clipId + " cannot be unwrapped", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
