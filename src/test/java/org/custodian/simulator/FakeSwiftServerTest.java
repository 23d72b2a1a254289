package org.custodian.simulator;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording filmed once per test class, and for each test a strict fake Swift server with a camera-system
 * client pointed at it that retries quickly.
 */
abstract class FakeSwiftServerTest {

    static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofSeconds(2),
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    @TempDir
    static Path footage;
    static DockedRecording docked;
    static ClipFile first;
    static ClipFile second;

    FakeSwiftServer server;
    AxisClient client;

    @BeforeAll
    static void film() {
        docked = DockedRecording.film(footage);
        first = docked.first();
        second = docked.second();
    }

    @BeforeEach
    void start() throws Exception {
        server = new FakeSwiftServer();
        client = AxisClient.connect(server.uri(), "sim", "sim-key").withRetryPolicy(QUICK);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Recording recording() {
        return docked.recording();
    }

    static String container() {
        return docked.container();
    }

    static String clipName(ClipFile clip) {
        return docked.clipName(clip);
    }

    void register() {
        DockedRecording.register(client);
    }
}
