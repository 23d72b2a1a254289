package org.custodian.ingest.axis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts content the way an Axis body worn system does for end-to-end encryption: a random AES-256 key
 * and IV per object, AES-CBC with PKCS#7 padding, the key wrapped with the content destination's RSA public
 * key by OAEP with SHA-1, all described in a JSON key object.
 */
final class CameraEncryption {

    record Encrypted(byte[] content, byte[] keyObject) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeyPair pair;

    private CameraEncryption(KeyPair pair) {
        this.pair = pair;
    }

    static CameraEncryption withNewKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new CameraEncryption(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as the content destination is configured with it: PEM PKCS#8. */
    Path writePrivateKey(Path dir) throws IOException {
        Path file = dir.resolve("axis-content.private.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
        return file;
    }

    byte[] publicKeyDer() {
        return pair.getPublic().getEncoded();
    }

    Encrypted encrypt(byte[] plain, String publicKeyId) {
        try {
            byte[] key = new byte[32];
            byte[] iv = new byte[16];
            RANDOM.nextBytes(key);
            RANDOM.nextBytes(iv);
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            oaep.init(Cipher.ENCRYPT_MODE, pair.getPublic());
            String json = "{\"EncryptedKey\":\"" + Base64.getEncoder().encodeToString(oaep.doFinal(key))
                    + "\",\"ContentEncryptionIV\":\"" + Base64.getEncoder().encodeToString(iv)
                    + "\",\"PublicKeyId\":\"" + publicKeyId + "\"}";
            return new Encrypted(aes.doFinal(plain), json.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
