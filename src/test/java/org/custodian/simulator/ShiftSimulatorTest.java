package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShiftSimulatorTest {

    private static final Instant NOW = Instant.parse("2025-03-15T08:00:00Z");

    @TempDir
    Path work;

    FakeSwiftServer server;
    AxisClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeSwiftServer();
        client = AxisClient.connect(server.uri(), "sim", "sim-key").withRetryPolicy(FakeSwiftServerTest.QUICK);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void docksEveryClipOfEveryOfficerExactlyOnceThroughUnpluggedDocksAndABusyServer() throws Exception {
        Shift shift = Shift.endingBefore(NOW, 3, 3, Duration.ofSeconds(1), 42).withClipsPerRecording(2);
        String busySerial = ShiftPlan.plan(shift).get(1).camera().serial();
        server.answerOnce(request -> request.startsWith("PUT ") && request.contains("_" + busySerial + "_")
                && !request.contains("/"), 503, "1");
        ShiftSimulator simulator = new ShiftSimulator(client.withFaults(FaultPlan.unplugMidClip(7, 0.5)),
                new ClipFactory(320, 180, 30), work, 2);

        ShiftReport report = simulator.run(shift);

        assertThat(report.complete()).as(report.summary()).isTrue();
        assertThat(report.officers()).isEqualTo(3);
        assertThat(report.recordings()).isEqualTo(6);
        assertThat(report.clipsDocked()).isEqualTo(9);
        long cut = server.seen().stream().filter(s -> s.status() == -2).count();
        assertThat(cut).as("clips cut short by the dock").isPositive();
        assertThat(report.retries()).isEqualTo(cut + 1);
        assertThat(server.store().keySet()).filteredOn(name -> name.startsWith("Users/")).hasSize(3);
        assertThat(server.store().keySet()).filteredOn(name -> name.startsWith("Devices/")).hasSize(3);
        assertThat(server.completedContainers()).hasSize(6);

        Map<String, Long> storedClips = server.seen().stream().filter(s -> s.succeeded() && s.path().endsWith(".mp4"))
                .collect(Collectors.groupingBy(SeenRequest::path, Collectors.counting()));
        assertThat(storedClips).hasSize(9).allSatisfy((name, times) -> assertThat(times).as(name).isEqualTo(1));
        try (var files = Files.list(work)) {
            for (Path clip : files.filter(f -> f.toString().endsWith(".mp4")).toList()) {
                // Filmed as <serial>_<start>.mp4, docked as <user>_<serial>_<trigger>/<start>_<recording>.mp4
                String[] parts = clip.getFileName().toString().replace(".mp4", "").split("_");
                List<String> docked = storedClips.keySet().stream()
                        .filter(name -> name.contains("_" + parts[0] + "_") && name.contains("/" + parts[1] + "_"))
                        .toList();
                assertThat(docked).as(clip.toString()).hasSize(1);
                assertThat(server.stored(docked.get(0)).body()).isEqualTo(Files.readAllBytes(clip));
            }
        }
        for (String container : server.completedContainers()) {
            List<String> order = server.seen().stream().filter(s -> s.succeeded() && s.path().startsWith(container))
                    .map(s -> s.method() + " " + kind(s.path())).toList();
            long clips = order.stream().filter("PUT clip"::equals).count();
            assertThat(clips).isBetween(1L, 2L);
            List<String> expected = new ArrayList<>(List.of("PUT container"));
            expected.addAll(Collections.nCopies((int) clips, "PUT clip"));
            expected.addAll(List.of("PUT track", "PUT bookmark", "POST container"));
            assertThat(order).as(container).isEqualTo(expected);
        }
    }

    @Test
    void aRefusedRecordingIsReportedAndTheRestStillDock() {
        Shift shift = Shift.endingBefore(NOW, 2, 2, Duration.ofSeconds(1), 9);
        server.answerOnce(request -> request.startsWith("PUT ") && !request.contains("/")
                && request.contains(ShiftPlan.plan(shift).get(0).camera().serial()), 400, null);

        ShiftReport report = new ShiftSimulator(client, new ClipFactory(320, 180, 30), work, 1).run(shift);

        assertThat(report.complete()).isFalse();
        assertThat(report.recordingsDocked()).isEqualTo(3);
        assertThat(report.failures()).singleElement().asString().contains("400");
        assertThat(report.summary()).contains("3 of 4 recordings docked").contains("FAILED");
        assertThat(report.toJson()).contains("\"recordings_docked\":3").contains("\"failures\":1");
    }

    @Test
    void theSameSeedPlansTheSameShift() {
        Shift shift = Shift.endingBefore(NOW, 4, 3, Duration.ofSeconds(5), 1);

        assertThat(ShiftPlan.plan(shift)).isEqualTo(ShiftPlan.plan(shift));
        assertThat(ShiftPlan.plan(shift).get(0).officer().collarNumber()).matches("\\d{4}[A-Z]{2}");
        assertThat(ShiftPlan.plan(shift)).allSatisfy(beat -> assertThat(beat.recordings()).allSatisfy(recording -> {
            assertThat(recording.clips().get(0).startedAt()).isBetween(shift.start(), shift.start().plus(Shift.LENGTH));
            assertThat(recording.track().first().at()).isEqualTo(recording.clips().get(0).startedAt());
        }));
    }

    private static String kind(String path) {
        if (!path.contains("/")) {
            return "container";
        }
        return path.endsWith(".mp4") ? "clip" : path.endsWith("_gpstrail.json") ? "track" : "bookmark";
    }
}
