package org.custodian.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Cipher;

/**
 * The content destination's RSA public key from the connection file ({@code PublicKey}, {@code PublicKeyId}),
 * with which a camera system wraps each clip's AES key: RSA-OAEP with SHA-1 and MGF1-SHA-1, which is what
 * {@code openssl rsautl -oaep} (the spec's decryption recipe) undoes.
 */
public final class EndToEndKey {

    private final PublicKey key;
    private final String id;

    private EndToEndKey(PublicKey key, String id) {
        this.key = key;
        this.id = id;
    }

    /** Reads a PEM "PUBLIC KEY", that PEM base64-encoded again (as connection files carry it), or base64 DER. */
    public static EndToEndKey of(String publicKey, String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        String text = publicKey.strip();
        if (!text.contains("-----BEGIN")) {
            byte[] decoded = Base64.getMimeDecoder().decode(text);
            String decodedText = new String(decoded, StandardCharsets.US_ASCII);
            text = decodedText.contains("-----BEGIN") ? decodedText : null;
            if (text == null) {
                return new EndToEndKey(rsa(decoded), keyId);
            }
        }
        if (!text.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new IllegalArgumentException("Expected a PEM \"PUBLIC KEY\" (SubjectPublicKeyInfo, as"
                    + " `openssl rsa -pubout` writes), not " + text.lines().findFirst().orElse(""));
        }
        String body = text.replaceAll("-----[A-Z ]+-----", "");
        return new EndToEndKey(rsa(Base64.getMimeDecoder().decode(body)), keyId);
    }

    public String id() {
        return id;
    }

    byte[] wrap(byte[] contentKey) {
        try {
            Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            oaep.init(Cipher.ENCRYPT_MODE, key);
            return oaep.doFinal(contentKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot wrap a content key with key " + id, e);
        }
    }

    private static PublicKey rsa(byte[] der) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key: " + e.getMessage(), e);
        }
    }
}
