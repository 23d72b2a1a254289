package org.custodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.custodian.support.CustodianProcess;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed outright (SIGKILL) while clients upload over tus in chunks. After a restart, the
 * uploads cut off resume from the offset the restarted server reports, and every clip is there exactly once with
 * the SHA-256 of the bytes sent. On the embedded database and on PostgreSQL (run by this JVM, so it outlives
 * the server).
 */
class ServerKilledMidTusUploadTest extends ServerKillTest {

    @Test
    void onTheEmbeddedDatabaseCutOffUploadsResumeAndGiveEachClipOnce() throws Exception {
        run = KillTestRun.onEmbeddedDatabase(dataDir);
        killMidUploadAndResume();
    }

    @Test
    void onPostgresCutOffUploadsResumeAndGiveEachClipOnce() throws Exception {
        run = KillTestRun.onPostgres(dataDir);
        killMidUploadAndResume();
    }

    private void killMidUploadAndResume() throws Exception {
        DockingShift shift = film();
        TusDock dock = new TusDock(shift.sha256ByContainer());
        CustodianProcess server = run.start("tus-before-kill");
        shift.registerFleet(KillTestRun.admin(server));
        Set<String> acknowledgedBeforeKill = KillTestRun.dockUntilKilled(server, shift,
                acknowledged -> Docking.start(shift.beats(), dock.to(server.port(), acknowledged)));

        CustodianProcess restarted = run.start("tus-after-restart");
        assertThat(shift.sha256sListed(KillTestRun.admin(restarted)))
                .as("clips acknowledged before the kill, found after the restart")
                .containsAll(shift.sha256Of(acknowledgedBeforeKill));

        Docking retried = Docking.start(shift.beats(), dock.to(restarted.port(), container -> { }));
        assertThat(retried.await(KillTestRun.DOCKING_TIMEOUT)).as("retried docking finished").isTrue();
        assertThat(retried.failures()).isEmpty();
        assertThat(dock.resumed()).as("uploads cut off mid-way, resumed where the restarted server said")
                .anySatisfy(r -> assertThat(r.offset()).isPositive().isLessThan(r.length()));
        assertThat(dock.resumed()).allSatisfy(r -> assertThat(r.offset() % TusDock.CHUNK == 0 || r.offset() == r.length())
                .as("%s resumes at a chunk the server had made durable", r).isTrue());
        KillTestRun.assertEveryClipHeldOnce(restarted, shift);

        restarted.stop();
        run.assertFootageHoldsTheClipsAndAtMostWhatWasInFlight(shift.sha256ByContainer().size(), DOCKS);
    }
}
