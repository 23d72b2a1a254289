package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.custodian.evidence.ClipCatalogue;
import org.custodian.ingest.ClipSummary;
import org.custodian.ingest.Ingest;
import org.custodian.simulator.AxisClient;
import org.custodian.simulator.ClipFactory;
import org.custodian.simulator.ConnectionFile;
import org.custodian.simulator.Shift;
import org.custodian.simulator.ShiftReport;
import org.custodian.simulator.ShiftSimulator;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The simulator, configured only by the connection file, docks a shift into Custodian through the Axis API. */
@CustodianTest
@TestPropertySource(properties = "custodian.axis.key=" + AxisProtocolTests.KEY)
class SimulatedShiftDockingTest {

    @LocalServerPort
    int port;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    Ingest ingest;
    @TempDir
    Path work;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSimulatedShiftDocksEveryClipIntact() throws IOException {
        String file = Api.at(port).admin().get("/api/v1/axis/connection-file").body();
        List<String> cameras = docksEveryClipIntact(AxisClient.connect(ConnectionFile.parse(file)));
        assertThat(clipObjectMd5s(cameras)).isNotEmpty().doesNotContainNull();
    }

    @Test
    void clipsSentWithoutAnETagAreStoredIntactWithoutTakingTheirMd5() throws IOException {
        String file = Api.at(port).admin().get("/api/v1/axis/connection-file").body();
        List<String> cameras = docksEveryClipIntact(AxisClient.connect(ConnectionFile.parse(file)).withoutETags());
        assertThat(clipObjectMd5s(cameras)).isNotEmpty().containsOnlyNulls();
    }

    /** The MD5 recorded for each clip object these cameras sent (recordings are named user_serial_time). */
    private List<String> clipObjectMd5s(List<String> cameras) {
        return cameras.stream().flatMap(serial -> jdbc.sql(
                        "SELECT md5 FROM axis_object WHERE kind = 'CLIP' AND container_name LIKE ?")
                .param("%\\_" + serial + "\\_%").query(String.class).list().stream()).toList();
    }

    /** Docks a small shift and checks every clip is stored with its hash; returns the cameras' serials. */
    private List<String> docksEveryClipIntact(AxisClient client) throws IOException {
        Shift shift = Shift.endingBefore(Instant.now(), 2, 3, Duration.ofSeconds(1), System.nanoTime())
                .withClipsPerRecording(2);

        ShiftReport report = new ShiftSimulator(client, new ClipFactory(320, 180, 15), work, 2).run(shift);

        assertThat(report.complete()).as(report.summary()).isTrue();
        List<Path> films;
        try (var files = Files.list(work)) {
            films = files.filter(f -> f.toString().endsWith(".mp4")).toList();
        }
        // The simulator films each clip as <serial>_<start>.mp4.
        List<String> cameras = films.stream().map(f -> f.getFileName().toString().split("_")[0]).distinct().toList();
        Clips clips = new Clips(port, catalogue, ingest);
        List<String> stored = cameras.stream().flatMap(serial -> clips.ofCamera(serial).stream())
                .map(ClipSummary::sha256).map(Object::toString).toList();
        List<String> filmed = films.stream().map(SimulatedShiftDockingTest::sha256).toList();
        assertThat(cameras).hasSize(2);
        assertThat(stored).hasSize(report.clipsDocked()).containsExactlyInAnyOrderElementsOf(filmed);
        return cameras;
    }

    private static String sha256(Path file) {
        try {
            return Footage.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
