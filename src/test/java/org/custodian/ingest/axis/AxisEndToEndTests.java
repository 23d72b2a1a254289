package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.UploadSlot;
import org.custodian.support.Api;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.ingest.ClipSummary;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * End-to-end encryption as the body worn system does it, with a generated account key, one upload slot
 * (to see back-pressure) and a small staging area (to see it refuse when full).
 */
@CustodianTest
@TestPropertySource(properties = {"custodian.axis.key=", "custodian.axis.public-key-id=" + AxisEndToEndTests.KEY_ID,
        "custodian.axis.staging-limit=30KB", "custodian.ingest.max-concurrent-uploads=1"})
class AxisEndToEndTests {

    static final String KEY_ID = "met-bwv-2026";
    static final CameraEncryption ENCRYPTION = CameraEncryption.withNewKeyPair();

    @DynamicPropertySource
    static void privateKey(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("custodian-axis-key");
            registry.add("custodian.axis.private-key-file", ENCRYPTION.writePrivateKey(dir)::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    AuditLog audit;
    @Autowired
    Ingest ingest;

    AxisCamera camera;
    Recording recording;
    Clips clips;

    @BeforeEach
    void signInWithTheConnectionFile() {
        clips = new Clips(port, catalogue, ingest);
        JsonNode file = Api.at(port).admin().get("/api/v1/axis/connection-file").json();
        camera = AxisCamera.at(port);
        assertThat(camera.signIn(file.get("BlobAPIUserName").asString(), file.get("BlobAPIKey").asString()).status())
                .isEqualTo(200);
        recording = Recording.registered(camera, new AxisFixtures(port));
        assertThat(camera.put(recording.container(), headers("X-Container-Meta-Status", "Transferring")).status())
                .isEqualTo(201);
    }

    @Test
    void offersThePublicKeyAndIssuesANewAccountKeyWithEachFile() {
        JsonNode first = Api.at(port).admin().get("/api/v1/axis/connection-file").json();
        JsonNode second = Api.at(port).admin().get("/api/v1/axis/connection-file").json();
        assertThat(first.get("WantEncryption").asBoolean()).isTrue();
        assertThat(first.get("PublicKeyId").asString()).isEqualTo(KEY_ID);
        assertThat(new String(java.util.Base64.getDecoder().decode(first.get("PublicKey").asString()),
                StandardCharsets.US_ASCII)).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(second.get("BlobAPIKey").asString()).isNotEqualTo(first.get("BlobAPIKey").asString());
        assertThat(AxisCamera.at(port).signIn("axis", first.get("BlobAPIKey").asString()).status()).isEqualTo(401);
        assertThat(AxisCamera.at(port).signIn("axis", second.get("BlobAPIKey").asString()).status()).isEqualTo(200);
    }

    @Test
    void decryptsAClipWhoseKeyObjectArrivesAfterItToTheOriginalBytes() {
        byte[] plain = Footage.clip(1);
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(plain, KEY_ID);
        assertThat(putClip(recording.triggerOn(), encrypted.content()).status()).isEqualTo(201);
        assertThat(clips.ofCamera(recording.serial())).isEmpty();
        assertThat(putKey(recording.triggerOn(), encrypted.keyObject()).status()).isEqualTo(201);
        assertThat(clips.ofCamera(recording.serial())).singleElement()
                .satisfies(c -> assertThat(c.sha256().hex()).isEqualTo(Footage.sha256(plain)));
    }

    @Test
    void decryptsAClipWhoseKeyObjectCameFirstAndItsEncryptedTrack() {
        byte[] plain = Footage.clip(2);
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(plain, KEY_ID);
        assertThat(putKey(recording.triggerOn(), encrypted.keyObject()).status()).isEqualTo(201);
        assertThat(putClip(recording.triggerOn(), encrypted.content()).status()).isEqualTo(201);
        String track = "{\"CoordinateEntries\":[{\"LocationWKT\":\"POINT(-0.1 51.5)\",\"SecondsFromStart\":1.0}]}";
        CameraEncryption.Encrypted trackEncrypted = ENCRYPTION.encrypt(track.getBytes(StandardCharsets.UTF_8), KEY_ID);
        String trackName = recording.triggerOn().getEpochSecond() + "_7_" + recording.serial() + "_gpstrail";
        assertThat(camera.put(recording.container() + "/" + trackName + ".json", headers("ETag",
                Footage.md5(trackEncrypted.content())), trackEncrypted.content()).status()).isEqualTo(201);
        assertThat(camera.put(recording.container() + "/" + trackName + ".key", headers(), trackEncrypted.keyObject())
                .status()).isEqualTo(201);
        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Status", "Complete")).status())
                .isEqualTo(204);
        ClipSummary clip = clips.ofCamera(recording.serial()).get(0);
        assertThat(clip.sha256().hex()).isEqualTo(Footage.sha256(plain));
        assertThat(audit.find(AuditQuery.forSubject("clip", clip.id().toString()))).extracting(AuditEntry::action)
                .contains("clip.track-attached");
    }

    @Test
    void keepsAClipWhoseKeyNeverCameAsItWasSentWhenTheRecordingCompletes() {
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(Footage.clip(1), KEY_ID);
        assertThat(putClip(recording.triggerOn(), encrypted.content()).status()).isEqualTo(201);
        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Status", "Complete")).status())
                .isEqualTo(204);
        assertThat(clips.ofCamera(recording.serial())).singleElement()
                .satisfies(c -> assertThat(c.sha256().hex()).isEqualTo(Footage.sha256(encrypted.content())));
    }

    @Test
    void refusesAnEncryptedClipWhoseETagDiffersWith422AndStagesNothing() {
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(Footage.clip(1), KEY_ID);
        Instant start = recording.triggerOn();
        AxisCamera.Reply reply = camera.put(recording.container() + "/" + start.getEpochSecond() + "_5.mp4",
                headers("ETag", Footage.md5(new byte[3]), "X-Object-Meta-Starttime", Long.toString(start.getEpochSecond()),
                        "X-Object-Meta-Stoptime", Long.toString(start.getEpochSecond() + 2)), encrypted.content());
        assertThat(reply.status()).isEqualTo(422);
        assertThat(camera.head(recording.container() + "/" + start.getEpochSecond() + "_5.mp4").status()).isEqualTo(404);
        assertThat(putKey(start, encrypted.keyObject()).status()).isEqualTo(201);
        assertThat(clips.ofCamera(recording.serial())).isEmpty();
    }

    @Test
    void refusesAKeyObjectForAnotherPublicKeyWith400() {
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(Footage.clip(1), "someone-else");
        assertThat(putKey(recording.triggerOn(), encrypted.keyObject()).status()).isEqualTo(400);
    }

    @Test
    void refusesWith507WhenClipsWaitingForKeysFillTheStagingArea() {
        Instant start = recording.triggerOn();
        assertThat(putClip(start, ENCRYPTION.encrypt(Footage.clip(1), KEY_ID).content()).status()).isEqualTo(201);
        assertThat(putClip(start.plusSeconds(2), ENCRYPTION.encrypt(Footage.clip(2), KEY_ID).content()).status())
                .isEqualTo(507);
        assertThat(camera.post(recording.container(), headers("X-Container-Meta-Status", "Complete")).status())
                .isEqualTo(204);
    }

    @Test
    void answersBusyWith503AndRetryAfterWhileEveryUploadSlotIsTaken() {
        byte[] plain = Footage.clip(1);
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(plain, KEY_ID);
        assertThat(putKey(recording.triggerOn(), encrypted.keyObject()).status()).isEqualTo(201);
        try (UploadSlot taken = ingest.acquireSlot()) {
            AxisCamera.Reply busy = putClip(recording.triggerOn(), encrypted.content());
            assertThat(busy.status()).isEqualTo(503);
            assertThat(Integer.parseInt(busy.header("Retry-After"))).isPositive();
        }
        assertThat(clips.ofCamera(recording.serial())).isEmpty();
        assertThat(putClip(recording.triggerOn(), encrypted.content()).status()).isEqualTo(201);
        assertThat(clips.ofCamera(recording.serial())).hasSize(1);
    }

    private AxisCamera.Reply putClip(Instant start, byte[] content) {
        return camera.put(recording.container() + "/" + start.getEpochSecond() + "_5.mp4", headers("ETag",
                Footage.md5(content), "X-Object-Meta-Starttime", Long.toString(start.getEpochSecond()),
                "X-Object-Meta-Stoptime", Long.toString(start.getEpochSecond() + 2)), content);
    }

    private AxisCamera.Reply putKey(Instant start, byte[] keyObject) {
        return camera.put(recording.container() + "/" + start.getEpochSecond() + "_5.key", headers("ETag",
                Footage.md5(keyObject)), keyObject);
    }
}
