package org.custodian.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@code openssl dgst -sha256} (one core, the CPU's SHA extensions) over files: the yardstick for
 * ingest throughput, since every byte Custodian takes in must at least be hashed once.
 */
final class OpensslBaseline {

    private OpensslBaseline() {
    }

    static double sha256MegabytesPerSecond(List<Path> files, long bytes) {
        List<String> command = new ArrayList<>(List.of("openssl", "dgst", "-sha256"));
        files.forEach(file -> command.add(file.toString()));
        long started = System.nanoTime();
        try {
            Process openssl = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (openssl.waitFor() != 0) {
                throw new IllegalStateException("openssl dgst failed with exit code " + openssl.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run openssl; is it installed?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while timing openssl", e);
        }
        return bytes / 1e6 / ((System.nanoTime() - started) / 1e9);
    }
}
