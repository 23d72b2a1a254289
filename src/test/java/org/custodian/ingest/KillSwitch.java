package org.custodian.ingest;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Set;

import org.custodian.support.Api;
import org.custodian.support.CustodianProcess;

/** Pulls the plug on the server at the worst moment: just after an acknowledgement, with bodies still arriving. */
final class KillSwitch {

    private static final String STREAMING_GAUGE = "custodian_ingest_uploads_in_progress";
    private static final Duration PATIENCE = Duration.ofMinutes(8);

    private KillSwitch() {
    }

    /**
     * Kills the server once at least {@code clips} clips were acknowledged while the server reports
     * upload bodies streaming; fails the test if the docks finish first, since then nothing was interrupted.
     */
    static void killWhenClipsAcknowledgedAndOthersStreaming(CustodianProcess server, Set<String> acknowledged,
            Docking docking, int clips) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && !docking.finished()) {
            if (acknowledged.size() >= clips && streaming(server) > 0) {
                server.kill();
                return;
            }
            Thread.sleep(10);
        }
        fail("No moment came with " + clips + " clips acknowledged and others still streaming (docking finished: "
                + docking.finished() + ", acknowledged: " + acknowledged.size() + "); make the clips bigger");
    }

    private static double streaming(CustodianProcess server) {
        for (String line : Api.at(server.port()).getAny("/actuator/prometheus").body().split("\n")) {
            if (line.startsWith(STREAMING_GAUGE)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new IllegalStateException("The server does not publish " + STREAMING_GAUGE);
    }
}
