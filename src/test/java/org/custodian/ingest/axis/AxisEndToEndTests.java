package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditQuery;
import org.custodian.support.Api;
import org.custodian.ingest.ClipSummary;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** End-to-end encrypted clips as the body worn system sends them, decrypted to what the camera filmed. */
class AxisEndToEndTests extends EncryptedDockingTest {

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
}
