package org.custodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.custodian.simulator.Acknowledgement;
import org.custodian.simulator.AxisClient;
import org.custodian.simulator.RetryPolicy;
import org.custodian.support.CustodianProcess;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed outright (SIGKILL, no shutdown) while cameras are docking over the Axis API.
 * After a restart on the same data folder, every clip the server acknowledged before it died is there, and
 * the docks sending everything again give each clip exactly once, with the hash of the bytes sent. The same
 * over tus: {@link ServerKilledMidTusUploadTest}.
 */
class ServerKilledMidUploadTest extends ServerKillTest {

    // One attempt: when the server dies the docks stop, rather than wait for it to come back.
    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofMinutes(1), Duration.ofMinutes(5));
    private static final RetryPolicy PATIENT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofMinutes(5), Duration.ofMinutes(5));

    @Test
    void acknowledgedClipsSurviveTheKillAndRetriedUploadsGiveEachClipOnce() throws Exception {
        run = KillTestRun.onEmbeddedDatabase(dataDir);
        DockingShift shift = film();
        CustodianProcess server = run.start("before-kill");
        shift.register(KillTestRun.admin(server), client(server, ONE_ATTEMPT));
        Set<String> acknowledgedBeforeKill = KillTestRun.dockUntilKilled(server, shift,
                acknowledged -> Docking.start(client(server, ONE_ATTEMPT).onAcknowledged(a -> {
                    if (a.isClip()) {
                        acknowledged.accept(containerOf(a));
                    }
                }), shift.beats()));

        CustodianProcess restarted = run.start("after-restart");
        assertThat(shift.sha256sListed(KillTestRun.admin(restarted)))
                .as("clips acknowledged before the kill, found after the restart")
                .containsAll(shift.sha256Of(acknowledgedBeforeKill));

        Docking retried = Docking.start(client(restarted, PATIENT), shift.beats());
        assertThat(retried.await(KillTestRun.DOCKING_TIMEOUT)).as("retried docking finished").isTrue();
        assertThat(retried.failures()).isEmpty();
        assertThat(retried.docked()).containsExactlyInAnyOrderElementsOf(shift.sha256ByContainer().keySet());
        KillTestRun.assertEveryClipHeldOnce(restarted, shift);

        restarted.stop();
        run.assertFootageHoldsTheClipsAndAtMostWhatWasInFlight(shift.sha256ByContainer().size(), DOCKS);
    }

    private static String containerOf(Acknowledgement acknowledgement) {
        return acknowledgement.object().substring(0, acknowledgement.object().indexOf('/'));
    }

    private static AxisClient client(CustodianProcess server, RetryPolicy policy) {
        return AxisClient.connect(server.uri(), "axis", KillTestRun.AXIS_KEY).withRetryPolicy(policy);
    }
}
