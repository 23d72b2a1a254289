package org.custodian.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that kills the server outright mid-upload and restarts it on what it left: a shift filmed into its own
 * folder before any server starts, a data folder for the servers, and no server left running afterwards.
 */
abstract class ServerKillTest {

    static final int DOCKS = 4;
    static final int RECORDINGS_EACH = 3;
    private static final long MIB = 1 << 20;

    @TempDir
    Path work;
    @TempDir
    Path dataDir;

    KillTestRun run;

    @AfterEach
    void killServers() {
        if (run != null) {
            run.close();
        }
    }

    /** Clips of 8, 16, 24 and 32 MiB by dock: when the smallest are in, the others are still arriving. */
    DockingShift film() throws Exception {
        return DockingShift.film(work, DOCKS, RECORDINGS_EACH, dock -> (8 + 8L * dock) * MIB);
    }
}
