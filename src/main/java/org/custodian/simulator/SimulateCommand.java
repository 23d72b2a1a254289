package org.custodian.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
                   [--clip-bytes <size, e.g. 128MiB: camera-bitrate clips made fast instead of --seconds>]
                   [--concurrency 2] [--interrupt] [--noisy] [--seed <n>] [--start <ISO time>]
                   [--work-dir <dir> (kept)] [--keep] [--openssl] [--no-etag]""";

    private SimulateCommand() {
    }

    static int run(String[] args, PrintStream out) {
        CommandLine line = new CommandLine(args, 1,
                Set.of("url", "user", "key", "connection-file", "officers", "clips-per-officer", "clips-per-recording",
                        "seconds", "clip-bytes", "concurrency", "seed", "start", "work-dir"),
                Set.of("interrupt", "noisy", "keep", "openssl", "no-etag"));
        AxisClient client = line.has("connection-file")
                ? AxisClient.connect(ConnectionFile.read(Path.of(line.text("connection-file"))))
                : AxisClient.connect(URI.create(line.text("url")), line.text("user"), line.text("key"));
        long seed = line.number("seed", Instant.now().getEpochSecond());
        if (line.has("no-etag")) {
            client = client.withoutETags();
        }
        if (line.has("interrupt")) {
            client = client.withFaults(FaultPlan.unplugMidClip(seed, 0.5));
        }
        Shift shift = shift(line, seed);
        client.authenticate();
        boolean temporary = !line.has("work-dir");
        Path work = workDir(line);
        try (BulkFootage bulk = line.has("clip-bytes") ? BulkFootage.prepare(work, seed) : null) {
            out.println("Simulating a shift of " + shift.officers() + " officers from " + shift.start() + " (seed "
                    + seed + "), footage in " + work);
            Filming filming = bulk != null ? bulk.ofSize(line.bytes("clip-bytes", 0)) : ClipFactory.hd();
            ShiftReport report = new ShiftSimulator(client, filming, work, line.number("concurrency", 2)).run(shift);
            out.println(report.summary());
            out.println(report.toJson());
            if (line.has("openssl")) {
                printBaseline(work, report, out);
            }
            return report.complete() ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // Only a folder of our own is removed; a folder the user named is theirs.
            if (temporary && !line.has("keep")) {
                deleteTree(work);
            }
        }
    }

    private static Shift shift(CommandLine line, long seed) {
        Duration clipLength = line.has("clip-bytes")
                ? Duration.ofSeconds(Math.max(1, line.bytes("clip-bytes", 0) * 8 / BulkFootage.bitsPerSecond()))
                : Duration.ofSeconds(line.number("seconds", 4));
        Shift shift = Shift.endingBefore(Instant.now(), line.number("officers", 4), line.number("clips-per-officer", 2),
                        clipLength, seed)
                .withClipsPerRecording(line.number("clips-per-recording", 1))
                .withGrain(line.has("noisy") ? Grain.NOISY : Grain.CLEAN);
        return line.has("start") ? new Shift(shift.officers(), shift.clipsPerOfficer(), shift.clipsPerRecording(),
                shift.clipLength(), Instant.parse(line.text("start")), shift.grain(), seed) : shift;
    }

    // The benchmark's yardstick, over exactly the clips just docked.
    private static void printBaseline(Path work, ShiftReport report, PrintStream out) throws IOException {
        List<Path> clips;
        try (Stream<Path> files = Files.list(work)) {
            clips = files.filter(file -> file.toString().endsWith(".mp4")).sorted().toList();
        }
        long bytes = 0;
        for (Path clip : clips) {
            bytes += Files.size(clip);
        }
        double openssl = OpensslBaseline.sha256MegabytesPerSecond(clips, bytes);
        out.printf(Locale.ROOT, "{\"baseline\":\"openssl dgst -sha256\",\"bytes\":%d,\"mb_per_s\":%.1f,"
                + "\"ratio\":%.3f}%n", bytes, openssl, report.megabytesPerSecond() / openssl);
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
