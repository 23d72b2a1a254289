package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A content destination that wants end-to-end encryption, with a generated account key, one upload slot
 * (to see back-pressure) and a small staging area (to see it refuse when full). Its subclasses share one
 * application context. Each test signs in with a fresh connection file and starts a recording.
 */
@CustodianTest
@TestPropertySource(properties = {"custodian.axis.key=", "custodian.axis.public-key-id=" + EncryptedDockingTest.KEY_ID,
        "custodian.axis.staging-limit=64KB", "custodian.ingest.max-concurrent-uploads=1"})
abstract class EncryptedDockingTest {

    static final String KEY_ID = "met-bwv-2026";
    static final CameraEncryption ENCRYPTION = CameraEncryption.withNewKeyPair();

    @DynamicPropertySource
    static void privateKey(DynamicPropertyRegistry registry) {
        try {
            // The context outlives this class (its subclasses share it), so the key goes when the JVM does;
            // deleteOnExit runs in reverse order, the file before its folder.
            Path dir = Files.createTempDirectory("custodian-axis-key");
            dir.toFile().deleteOnExit();
            Path key = ENCRYPTION.writePrivateKey(dir);
            key.toFile().deleteOnExit();
            registry.add("custodian.axis.private-key-file", key::toString);
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

    int tracksAttached() {
        return audit.find(new AuditQuery(null, "clip.track-attached", null, null, null, null, 0, 500)).size();
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.util.Random().nextBytes(bytes);
        return bytes;
    }

    AxisCamera.Reply putClip(Instant start, byte[] content) {
        return camera.put(recording.container() + "/" + start.getEpochSecond() + "_5.mp4", headers("ETag",
                Footage.md5(content), "X-Object-Meta-Starttime", Long.toString(start.getEpochSecond()),
                "X-Object-Meta-Stoptime", Long.toString(start.getEpochSecond() + 2)), content);
    }

    AxisCamera.Reply putKey(Instant start, byte[] keyObject) {
        return camera.put(recording.container() + "/" + start.getEpochSecond() + "_5.key", headers("ETag",
                Footage.md5(keyObject)), keyObject);
    }
}
