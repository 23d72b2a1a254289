package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.custodian.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * Undoes the body worn system's end-to-end encryption: the clip key is unwrapped with our RSA private key
 * (OAEP with SHA-1, what {@code openssl rsautl -oaep} does) and the content is AES-256-CBC with PKCS#7
 * padding. Decryption streams, so a clip is never held in memory.
 */
@Component
class EndToEndDecryption {

    private final Keys keys;

    /** Fails start-up when a key file is configured but unusable: clips would otherwise pile up undecryptable. */
    EndToEndDecryption(AxisProperties properties) {
        this.keys = properties.wantsEncryption() ? load(properties.privateKeyFile(), properties.publicKeyId()) : null;
    }

    private record Keys(PrivateKey privateKey, String publicKeyPem, String publicKeyId) {
    }

    boolean enabled() {
        return keys != null;
    }

    private static Keys load(Path privateKeyFile, String publicKeyId) {
        String pem;
        try {
            pem = Files.readString(privateKeyFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read custodian.axis.private-key-file " + privateKeyFile + ": " + e, e);
        }
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalStateException("custodian.axis.private-key-file " + privateKeyFile + " is not a PEM "
                    + "PKCS#8 private key; convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out new.pem");
        }
        String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"));
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
            byte[] publicDer = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()))
                    .getEncoded();
            String publicPem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicDer)
                    + "\n-----END PUBLIC KEY-----\n";
            return new Keys(key, publicPem, publicKeyId);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("custodian.axis.private-key-file " + privateKeyFile
                    + " does not hold an RSA private key: " + e, e);
        }
    }

    /** The public key as the connection file wants it: the PEM text, base64-encoded. */
    String publicKeyForConnectionFile() {
        return keys == null ? null
                : Base64.getEncoder().encodeToString(keys.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
    }

    String publicKeyId() {
        return keys == null ? null : keys.publicKeyId();
    }

    /** Checks that the key object is for our key and unwraps it, so a bad key is refused when it arrives. */
    SecretKeySpec unwrap(KeyObject keyObject) {
        if (keys == null) {
            throw new InvalidValueException("A key object arrived but end-to-end encryption is not configured here "
                    + "(custodian.axis.private-key-file); the connection file asks for unencrypted content");
        }
        if (keyObject.publicKeyId() != null && !keyObject.publicKeyId().equals(keys.publicKeyId())) {
            throw new InvalidValueException("The key object was wrapped for public key "
                    + Names.quote(keyObject.publicKeyId()) + "; this content destination holds "
                    + Names.quote(keys.publicKeyId()));
        }
        try {
            Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            oaep.init(Cipher.DECRYPT_MODE, keys.privateKey());
            byte[] key = oaep.doFinal(keyObject.wrappedKey());
            if (key.length != 32) {
                throw new InvalidValueException("The unwrapped content key is " + key.length + " bytes, not 32 (AES-256)");
            }
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new InvalidValueException("The key object's EncryptedKey cannot be unwrapped with our private key");
        }
    }

    InputStream decrypting(InputStream encrypted, KeyObject keyObject) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.DECRYPT_MODE, unwrap(keyObject), new IvParameterSpec(keyObject.iv()));
            return new CipherInputStream(encrypted, aes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }
}
