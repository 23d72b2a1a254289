package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Clips and tracks encrypted as an Axis system does, and opened again as the spec's openssl recipe would. */
class EndToEndEncryptionTest {

    @TempDir
    static Path footage;
    static DockedRecording docked;

    static KeyPair destination;

    FakeSwiftServer server;
    AxisClient client;

    @BeforeAll
    static void keysAndFootage() throws Exception {
        docked = DockedRecording.film(footage);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        destination = rsa.generateKeyPair();
    }

    @BeforeEach
    void start() throws Exception {
        server = new FakeSwiftServer();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(destination.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        // Connection files carry the PEM base64-encoded once more.
        String inConnectionFile = Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
        client = AxisClient.connect(server.uri(), "sim", "sim-key")
                .withEncryption(EndToEndKey.of(inConnectionFile, "custodian-2025"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsEachClipAndTheTrackEncryptedWithAKeyObjectTheDestinationCanOpen() throws Exception {
        DockedRecording.register(client);

        client.upload(docked.recording());

        for (ClipFile clip : new ClipFile[] {docked.first(), docked.second()}) {
            String name = docked.clipName(clip);
            byte[] sealed = server.stored(name).body();
            assertThat(sealed).isNotEqualTo(Files.readAllBytes(clip.file()));
            JsonNode key = keyObject(name.replace(".mp4", ".key"));
            assertThat(key.get("PublicKeyId").asString()).isEqualTo("custodian-2025");
            assertThat(open(sealed, key, destination.getPrivate())).isEqualTo(Files.readAllBytes(clip.file()));
            assertThat(Files.exists(clip.file().resolveSibling(clip.file().getFileName() + ".sealed"))).isFalse();
        }
        String track = docked.container() + "/" + DockedRecording.GNSS_TRACK;
        byte[] json = open(server.stored(track + ".json").body(), keyObject(track + ".key"), destination.getPrivate());
        assertThat(GnssTrack.fromAxisJson(new String(json, StandardCharsets.UTF_8), DockedRecording.TRIGGER))
                .isEqualTo(docked.recording().track());
        assertThat(server.completedContainers()).containsExactly(docked.container());
    }

    @Test
    void refusesAKeyThatIsNotAnRsaPublicKeyInPem() {
        String pkcs1 = "-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----";

        assertThatThrownBy(() -> EndToEndKey.of(pkcs1, "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUBLIC KEY");
    }

    private JsonNode keyObject(String name) {
        return JsonMapper.builder().build().readTree(new String(server.stored(name).body(), StandardCharsets.UTF_8));
    }

    /** What `openssl rsautl -decrypt -oaep` then `openssl enc -d -aes-256-cbc` do with the key object. */
    static byte[] open(byte[] sealed, JsonNode key, PrivateKey privateKey) throws Exception {
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        oaep.init(Cipher.DECRYPT_MODE, privateKey);
        byte[] contentKey = oaep.doFinal(Base64.getDecoder().decode(key.get("EncryptedKey").asString()));
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"),
                new IvParameterSpec(Base64.getDecoder().decode(key.get("ContentEncryptionIV").asString())));
        return aes.doFinal(sealed);
    }
}
