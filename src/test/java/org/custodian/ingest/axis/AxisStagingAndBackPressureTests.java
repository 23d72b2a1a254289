package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.custodian.audit.AuditQuery;
import org.custodian.ingest.UploadSlot;
import org.custodian.simulator.AxisClient;
import org.custodian.simulator.ClipFactory;
import org.custodian.simulator.ConnectionFile;
import org.custodian.simulator.Shift;
import org.custodian.simulator.ShiftReport;
import org.custodian.simulator.ShiftSimulator;
import org.custodian.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encrypted clips waiting for their keys, a staging area that fills, a server whose upload slots are all
 * taken, and a simulated shift whose encrypted clips each wait in staging until their key object follows.
 */
class AxisStagingAndBackPressureTests extends EncryptedDockingTest {

    @Test
    void refusesWith507WhenClipsWaitingForKeysFillTheStagingArea() {
        Instant start = recording.triggerOn();
        assertThat(putClip(start, ENCRYPTION.encrypt(randomBytes(40_000), KEY_ID).content()).status()).isEqualTo(201);
        assertThat(putClip(start.plusSeconds(2), ENCRYPTION.encrypt(randomBytes(40_000), KEY_ID).content()).status())
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

    @Test
    void aSimulatedShiftDocksEncryptedAndIsDecryptedToWhatWasFilmed(@TempDir Path work) throws IOException {
        String file = Api.at(port).admin().get("/api/v1/axis/connection-file").body();
        Shift shift = Shift.endingBefore(Instant.now(), 2, 2, Duration.ofSeconds(1), System.nanoTime());
        int tracksBefore = tracksAttached();
        ShiftReport report = new ShiftSimulator(AxisClient.connect(ConnectionFile.parse(file)),
                new ClipFactory(320, 180, 15), work, 2).run(shift);
        assertThat(report.complete()).as(report.summary()).isTrue();
        try (var files = Files.list(work)) {
            for (Path film : files.filter(f -> f.toString().endsWith(".mp4")).toList()) {
                String serial = film.getFileName().toString().split("_")[0];
                assertThat(clips.ofCamera(serial)).extracting(c -> c.sha256().hex())
                        .contains(Footage.sha256(Files.readAllBytes(film)));
            }
        }
        // The encrypted GNSS tracks were decrypted and linked, none set aside as unreadable.
        assertThat(tracksAttached()).isGreaterThan(tracksBefore);
        assertThat(audit.find(new AuditQuery(null, "axis.object-unreadable", null, null, null, null, 0, 10))).isEmpty();
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
}
