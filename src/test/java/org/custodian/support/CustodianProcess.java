package org.custodian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.custodian.CustodianApplication;

/**
 * Custodian in a JVM of its own, started as an operator would start it (the main class with command-line
 * settings) on the test's class path, so that it can be killed outright. Its output goes to a log file for
 * whoever has to find out why a run failed.
 */
public final class CustodianProcess implements AutoCloseable {

    // A cold start competes with the other builds on a two-core machine.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(1);

    private final Process process;
    private final int port;
    private final Path log;

    private CustodianProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts on a free port and returns once {@code /actuator/health} is UP. */
    public static CustodianProcess start(Path log, List<String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", classPath(), CustodianApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(settings);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            CustodianProcess started = new CustodianProcess(process, port, log);
            started.awaitHealthy();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0), e);
        }
    }

    public URI uri() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no closing of files or sockets by the JVM. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: Spring closes the database and the footage store before the JVM exits. */
    public void stop() {
        process.destroy();
        if (!awaitExit()) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private boolean awaitExit() {
        try {
            return process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(uri().resolve("/actuator/health")).timeout(Duration.ofSeconds(10))
                .GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Custodian exited with " + process.exitValue() + " while starting; see "
                        + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        close();
        throw new IllegalStateException("Custodian was not healthy within " + START_TIMEOUT + "; see " + log);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Surefire may start its JVM from a manifest-only jar; its own property holds the real class path.
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
