package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class EndToEndDecryptionTest {

    private static final CameraEncryption CAMERA = CameraEncryption.withNewKeyPair();

    @TempDir
    Path dir;

    @Test
    void decryptsWhatTheCameraEncryptedToTheOriginalBytes() throws IOException {
        byte[] clip = new byte[1_000_003];
        new Random(7).nextBytes(clip);
        CameraEncryption.Encrypted encrypted = CAMERA.encrypt(clip, "site-key-1");
        EndToEndDecryption decryption = new EndToEndDecryption(properties(CAMERA.writePrivateKey(dir), "site-key-1"));
        KeyObject key = KeyObject.parse(encrypted.keyObject());
        try (var in = decryption.decrypting(new ByteArrayInputStream(encrypted.content()), key)) {
            assertThat(in.readAllBytes()).isEqualTo(clip);
        }
    }

    @Test
    void offersThePublicKeyAsBase64EncodedPem() throws IOException {
        EndToEndDecryption decryption = new EndToEndDecryption(properties(CAMERA.writePrivateKey(dir), "site-key-1"));
        String pem = new String(Base64.getDecoder().decode(decryption.publicKeyForConnectionFile()), StandardCharsets.US_ASCII);
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertThat(Base64.getDecoder().decode(body)).isEqualTo(CAMERA.publicKeyDer());
    }

    @Test
    void refusesAKeyObjectForAnotherPublicKey() throws IOException {
        EndToEndDecryption decryption = new EndToEndDecryption(properties(CAMERA.writePrivateKey(dir), "site-key-1"));
        KeyObject other = KeyObject.parse(CAMERA.encrypt(new byte[10], "site-key-2").keyObject());
        assertThatThrownBy(() -> decryption.unwrap(other)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("site-key-2");
    }

    @Test
    void refusesAKeyWrappedWithSomeoneElsesKey() throws IOException {
        EndToEndDecryption decryption = new EndToEndDecryption(properties(CAMERA.writePrivateKey(dir), "k"));
        KeyObject foreign = KeyObject.parse(CameraEncryption.withNewKeyPair().encrypt(new byte[10], "k").keyObject());
        assertThatThrownBy(() -> decryption.unwrap(foreign)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("cannot be unwrapped");
    }

    @Test
    void failsTheStreamWhenThePaddingIsWrong() throws IOException {
        CameraEncryption.Encrypted encrypted = CAMERA.encrypt(new byte[100], "k");
        byte[] damaged = encrypted.content().clone();
        damaged[damaged.length - 1] ^= 0x55;
        EndToEndDecryption decryption = new EndToEndDecryption(properties(CAMERA.writePrivateKey(dir), "k"));
        var in = decryption.decrypting(new ByteArrayInputStream(damaged), KeyObject.parse(encrypted.keyObject()));
        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
    }

    @Test
    void isOffWithoutAKeyFileAndRefusesKeyObjectsThen() {
        EndToEndDecryption off = new EndToEndDecryption(properties(null, "k"));
        assertThat(off.enabled()).isFalse();
        KeyObject key = KeyObject.parse(CAMERA.encrypt(new byte[1], "k").keyObject());
        assertThatThrownBy(() -> off.unwrap(key)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not configured");
    }

    @Test
    void refusesToStartWithAPkcs1KeyFile() throws IOException {
        Path pkcs1 = Files.writeString(dir.resolve("old.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> new EndToEndDecryption(properties(pkcs1, "k")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("openssl pkcs8 -topk8");
    }

    static AxisProperties properties(Path privateKey, String keyId) {
        return new AxisProperties("axis", "key", null, "Site", privateKey, keyId, Duration.ofHours(1),
                DataSize.ofGigabytes(1), null, false);
    }
}
