package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimulatorCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void simulateDocksAShiftIntoAServerAndReportsIt() throws Exception {
        try (FakeSwiftServer server = new FakeSwiftServer()) {
            int exit = run("simulate", "--url", server.uri().toString(), "--user", "sim", "--key", "sim-key",
                    "--officers", "2", "--clips-per-officer", "1", "--seconds", "1", "--interrupt", "--seed", "3",
                    "--work-dir", dir.toString());

            assertThat(exit).as(err.toString()).isZero();
            assertThat(out.toString()).contains("2 of 2 recordings docked").contains("\"clips_docked\":2");
            assertThat(server.completedContainers()).hasSize(2);
            try (var clips = Files.list(dir)) {
                assertThat(clips.toList()).as("a folder the user named is kept").hasSize(2);
            }
        }
    }

    @Test
    void simulateDocksCameraSizedClipsForBenchmarks() throws Exception {
        try (FakeSwiftServer server = new FakeSwiftServer()) {
            int exit = run("simulate", "--url", server.uri().toString(), "--user", "sim", "--key", "sim-key",
                    "--officers", "1", "--clips-per-officer", "2", "--clip-bytes", "3M", "--seed", "5",
                    "--work-dir", dir.toString());

            assertThat(exit).as(err.toString()).isZero();
            assertThat(server.store()).hasEntrySatisfying(server.store().keySet().stream()
                    .filter(name -> name.endsWith(".mp4")).findFirst().orElseThrow(),
                    clip -> assertThat(clip.body().length).isBetween(3_000_000, 3_600_000));
            assertThat(server.store().keySet()).filteredOn(name -> name.endsWith(".mp4")).hasSize(2);
            try (var files = Files.list(dir)) {
                assertThat(files.toList()).as("the bulk source is gone, the clips stay").hasSize(2);
            }
        }
    }

    @Test
    void simulateExitsWithOneWhenTheServerRefusesTheCredentials() throws Exception {
        try (FakeSwiftServer server = new FakeSwiftServer()) {
            int exit = run("simulate", "--url", server.uri().toString(), "--user", "sim", "--key", "wrong");

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).contains("401");
        }
    }

    @Test
    void explainsUsageWhenAnOptionIsMissingOrUnknown() {
        assertThat(run("simulate", "--user", "sim", "--key", "k")).isEqualTo(2);
        assertThat(err.toString()).contains("--url is required").contains("Usage: java -jar custodian.jar simulate");
        assertThat(run("footage", "--dir", dir.toString(), "--colour", "red")).isEqualTo(2);
        assertThat(err.toString()).contains("--colour");
    }

    @Test
    void footageWritesTheRequestedBytesAcrossFiles() throws Exception {
        int exit = run("footage", "--dir", dir.toString(), "--bytes", "4M", "--files", "2");

        assertThat(exit).as(err.toString()).isZero();
        List<Path> clips;
        try (var files = Files.list(dir)) {
            clips = files.sorted().toList();
        }
        assertThat(clips).extracting(p -> p.getFileName().toString()).containsExactly("clip-001.mp4", "clip-002.mp4");
        assertThat(clips).allSatisfy(clip -> assertThat(Files.size(clip)).isBetween(2_000_000L, 3_000_000L));
        assertThat(out.toString()).contains("\"bench\":\"footage\"").contains("\"files\":2");
    }

    @Test
    void footageTimesOpensslOverTheSameBytesWhenAsked() {
        assumeTrue(onPath("openssl"), "openssl is not installed");

        assertThat(run("footage", "--dir", dir.toString(), "--bytes", "2M", "--files", "1", "--openssl")).isZero();

        assertThat(out.toString()).containsPattern("\"openssl_sha256_mb_per_s\":[1-9]");
    }

    @Test
    void readsSizesWithDecimalAndBinarySuffixes() {
        CommandLine line = new CommandLine(new String[] {"x", "--a", "1GiB", "--b", "3M", "--c", "12"}, 1,
                java.util.Set.of("a", "b", "c"), java.util.Set.of());

        assertThat(line.bytes("a", 0)).isEqualTo(1L << 30);
        assertThat(line.bytes("b", 0)).isEqualTo(3_000_000L);
        assertThat(line.number("c", 0)).isEqualTo(12);
        assertThat(line.number("d", 5)).isEqualTo(5);
    }

    private static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }
}
