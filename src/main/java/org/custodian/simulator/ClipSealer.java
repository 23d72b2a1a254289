package org.custodian.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * End-to-end encryption as an Axis camera system does it: each content object gets a fresh AES-256 key
 * and IV, is encrypted with AES-CBC (PKCS#7 padding), and travels with a key object holding the key
 * wrapped for the content destination, the IV, and the ID of the public key used.
 */
final class ClipSealer {

    record Sealed(ObjectBody content, ObjectBody keyObject) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EndToEndKey key;

    ClipSealer(EndToEndKey key) {
        this.key = key;
    }

    /** Encrypts the plain body; a file body is encrypted into a sibling file the caller deletes after sending. */
    Sealed seal(ObjectBody plain) {
        byte[] contentKey = new byte[32];
        byte[] iv = new byte[16];
        RANDOM.nextBytes(contentKey);
        RANDOM.nextBytes(iv);
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new IvParameterSpec(iv));
            ObjectBody content = plain.file() == null ? ObjectBody.of(aes.doFinal(plain.bytes()))
                    : encryptFile(aes, plain.file());
            String keyJson = "{\"EncryptedKey\":\"" + Base64.getEncoder().encodeToString(key.wrap(contentKey))
                    + "\",\"ContentEncryptionIV\":\"" + Base64.getEncoder().encodeToString(iv)
                    + "\",\"PublicKeyId\":\"" + key.id().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            return new Sealed(content, ObjectBody.of(keyJson.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is missing from this JDK", e);
        }
    }

    private static ObjectBody encryptFile(Cipher aes, Path plain) throws GeneralSecurityException {
        Path sealed = plain.resolveSibling(plain.getFileName() + ".sealed");
        MessageDigest md5 = ObjectBody.newMd5();
        long length = 0;
        try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(sealed)) {
            byte[] buffer = new byte[1 << 20];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                length += write(aes.update(buffer, 0, n), md5, out);
            }
            length += write(aes.doFinal(), md5, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encrypt " + plain, e);
        }
        return new ObjectBody(sealed, null, length, HexFormat.of().formatHex(md5.digest()));
    }

    private static int write(byte[] bytes, MessageDigest md5, OutputStream out) throws IOException {
        if (bytes == null) {
            return 0;
        }
        md5.update(bytes);
        out.write(bytes);
        return bytes.length;
    }
}
