package org.custodian.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.custodian.ingest.tus.TusClient;
import org.custodian.simulator.AxisClient;
import org.custodian.simulator.Camera;
import org.custodian.simulator.ClipFile;
import org.custodian.simulator.DeliveryFailedException;
import org.custodian.simulator.DeliveryRefusedException;
import org.custodian.simulator.FaultPlan;
import org.custodian.simulator.Officer;
import org.custodian.simulator.Recording;
import org.custodian.simulator.RetryPolicy;

/** Docks and clients doing what the dock status page reports: uploads left half-done, and uploads refused. */
final class DockTraffic {

    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofMillis(10), Duration.ofSeconds(1),
            Duration.ZERO, Duration.ofMinutes(1));
    private static final Instant STARTED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private final TusClient tus;
    private final AxisClient axis;

    DockTraffic(int port, String adminPassword, String axisKey) {
        this.tus = new TusClient(port, "admin", adminPassword);
        this.axis = AxisClient.connect(URI.create("http://localhost:" + port), "axis", axisKey)
                .withRetryPolicy(ONE_ATTEMPT);
    }

    /** Creates a tus upload and sends the first {@code sent} of its {@code length} bytes; returns its id. */
    String tusUploadHalfDone(String camera, int length, int sent) {
        HttpResponse<String> created = tus.create(length, TusClient.metadata(TusClient.clip(camera,
                STARTED.toString(), STARTED.plusSeconds(30).toString())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(tus.patch(location, 0, new byte[length], 0, sent, null).statusCode()).isEqualTo(204);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    void tusUploadForUnknownCamera(String camera) {
        assertThat(tus.create(1000, TusClient.metadata(TusClient.clip(camera, STARTED.toString(),
                STARTED.plusSeconds(30).toString()))).statusCode())
                .isEqualTo(400);
    }

    /** An Axis recording whose only clip was cut off: it stays Transferring. Returns its container. */
    String axisRecordingCutOff(String collar, String serial) throws Exception {
        Officer officer = new Officer(UUID.randomUUID(), "PC Page Test", collar);
        Camera camera = new Camera(serial, "Camera", "W110", "11.9.60");
        axis.registerUser(officer);
        axis.registerDevice(camera);
        Recording recording = recording(officer, camera);
        assertThatThrownBy(() -> axis.withFaults(FaultPlan.unplugMidClip(1, 1.0)).upload(recording))
                .isInstanceOf(DeliveryFailedException.class);
        return recording.containerName();
    }

    /** A recording from a camera the body worn system never registered: refused with 400. */
    void axisRecordingFromUnknownDevice(String collar, String serial) throws Exception {
        Officer officer = new Officer(UUID.randomUUID(), "PC Page Test", collar);
        axis.registerUser(officer);
        Recording recording = recording(officer, new Camera(serial, "Unregistered", "W110", "11.9.60"));
        assertThatThrownBy(() -> axis.upload(recording)).isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("400");
    }

    private static Recording recording(Officer officer, Camera camera) throws Exception {
        Path clip = clipFile();
        ClipFile file = new ClipFile(clip, Files.size(clip), STARTED, STARTED.plusSeconds(2));
        return new Recording(officer, camera, "SCU-PAGE", 4711, STARTED, STARTED.plusSeconds(2), List.of(file), null,
                null);
    }

    private static Path clipFile() throws URISyntaxException {
        return Path.of(DockTraffic.class.getResource("/axis/clip-1.mp4").toURI());
    }
}
