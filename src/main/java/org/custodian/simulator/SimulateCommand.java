package org.custodian.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code simulate}: a shift of N officers docking their footage into a running Custodian through the
 * Axis API, from the command line, without starting Spring (this is a client).
 */
final class SimulateCommand {

    static final String USAGE = """
            java -jar custodian.jar simulate --url http://localhost:8080 --user <axis-user> --key <axis-key>
                   [--connection-file <file> instead of url, user and key; it can ask for encryption]
                   [--officers 4] [--clips-per-officer 2] [--clips-per-recording 1] [--seconds 4]
                   [--concurrency 2] [--interrupt] [--noisy] [--seed <n>] [--start <ISO time>]
                   [--work-dir <dir> (kept)] [--keep]""";

    private SimulateCommand() {
    }

    static int run(String[] args, PrintStream out) {
        CommandLine line = new CommandLine(args, 1,
                Set.of("url", "user", "key", "connection-file", "officers", "clips-per-officer", "clips-per-recording",
                        "seconds", "concurrency", "seed", "start", "work-dir"),
                Set.of("interrupt", "noisy", "keep"));
        AxisClient client = line.has("connection-file")
                ? AxisClient.connect(ConnectionFile.read(Path.of(line.text("connection-file"))))
                : AxisClient.connect(URI.create(line.text("url")), line.text("user"), line.text("key"));
        long seed = line.number("seed", Instant.now().getEpochSecond());
        if (line.has("interrupt")) {
            client = client.withFaults(FaultPlan.unplugMidClip(seed, 0.5));
        }
        Shift shift = Shift.endingBefore(Instant.now(), line.number("officers", 4), line.number("clips-per-officer", 2),
                        Duration.ofSeconds(line.number("seconds", 4)), seed)
                .withClipsPerRecording(line.number("clips-per-recording", 1))
                .withGrain(line.has("noisy") ? Grain.NOISY : Grain.CLEAN);
        if (line.has("start")) {
            shift = new Shift(shift.officers(), shift.clipsPerOfficer(), shift.clipsPerRecording(), shift.clipLength(),
                    Instant.parse(line.text("start")), shift.grain(), seed);
        }
        client.authenticate();
        boolean temporary = !line.has("work-dir");
        Path work = workDir(line);
        try {
            out.println("Simulating a shift of " + shift.officers() + " officers from " + shift.start() + " (seed "
                    + seed + "), footage in " + work);
            ShiftReport report = new ShiftSimulator(client, ClipFactory.hd(), work, line.number("concurrency", 2))
                    .run(shift);
            out.println(report.summary());
            out.println(report.toJson());
            return report.complete() ? 0 : 1;
        } finally {
            // Only a folder of our own is removed; a folder the user named is theirs.
            if (temporary && !line.has("keep")) {
                deleteTree(work);
            }
        }
    }

    private static Path workDir(CommandLine line) {
        try {
            return line.has("work-dir") ? Files.createDirectories(Path.of(line.text("work-dir")))
                    : Files.createTempDirectory("custodian-simulate-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the work folder", e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean up " + dir, e);
        }
    }
}
