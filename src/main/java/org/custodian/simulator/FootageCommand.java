package org.custodian.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code footage}: writes a given number of bytes of real camera-bitrate clips into a folder, fast, for
 * benchmarks; with {@code --openssl} also times {@code openssl dgst -sha256} over them, the baseline the
 * ingest benchmark compares Custodian's throughput with.
 */
final class FootageCommand {

    static final String USAGE = """
            java -jar custodian.jar footage --dir <folder> [--bytes 1GiB] [--files 8] [--seed 1] [--openssl]""";

    private FootageCommand() {
    }

    static int run(String[] args, PrintStream out) {
        CommandLine line = new CommandLine(args, 1, Set.of("dir", "bytes", "files", "seed"), Set.of("openssl"));
        Path dir = Path.of(line.text("dir"));
        long total = line.bytes("bytes", 1L << 30);
        int count = line.number("files", 8);
        long seed = line.number("seed", 1L);
        if (total < 1 || count < 1) {
            throw new CommandLine.UsageException("--bytes and --files must be positive");
        }
        long started = System.nanoTime();
        List<Path> files = new ArrayList<>();
        long written = 0;
        try (BulkFootage bulk = BulkFootage.prepare(Files.createDirectories(dir), seed)) {
            double prepared = seconds(started);
            for (int i = 1; i <= count; i++) {
                String serial = String.format("B8A44F%06X", i);
                ClipFile clip = bulk.write(dir.resolve(String.format("clip-%03d.mp4", i)), total / count, serial,
                        Instant.parse("2025-03-14T22:00:00Z").plusSeconds(3600L * i), seed * 1000 + i);
                files.add(clip.file());
                written += clip.sizeBytes();
            }
            double elapsed = seconds(started);
            out.printf(Locale.ROOT, "Wrote %d clips, %.1f MB, in %.2f s (%.2f s encoding the source): %.0f MB/s%n",
                    count, written / 1e6, elapsed, prepared, written / 1e6 / elapsed);
            String baseline = "";
            if (line.has("openssl")) {
                double rate = OpensslBaseline.sha256MegabytesPerSecond(files, written);
                out.printf(Locale.ROOT, "openssl dgst -sha256 over the same bytes: %.0f MB/s%n", rate);
                baseline = String.format(Locale.ROOT, ",\"openssl_sha256_mb_per_s\":%.1f", rate);
            }
            out.printf(Locale.ROOT, "{\"bench\":\"footage\",\"files\":%d,\"bytes\":%d,\"seconds\":%.3f,"
                    + "\"mb_per_s\":%.1f%s}%n", count, written, elapsed, written / 1e6 / elapsed, baseline);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
