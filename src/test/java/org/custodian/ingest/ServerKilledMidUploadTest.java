package org.custodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.custodian.simulator.Acknowledgement;
import org.custodian.simulator.AxisClient;
import org.custodian.simulator.RetryPolicy;
import org.custodian.support.Api;
import org.custodian.support.CustodianProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The server process is killed outright (SIGKILL, no shutdown) while cameras are docking over the Axis API.
 * After a restart on the same data folder, every clip the server acknowledged before it died is there, and
 * the docks sending everything again give each clip exactly once, with the hash of the bytes sent.
 */
class ServerKilledMidUploadTest {

    private static final String AXIS_KEY = "kill-test-axis-key";
    private static final String ADMIN_PASSWORD = "kill-test-admin-password";
    private static final int OFFICERS = 4;
    private static final int RECORDINGS_EACH = 3;
    private static final long MIB = 1 << 20;
    // One attempt: when the server dies the docks stop, rather than wait for it to come back.
    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofMinutes(1), Duration.ofMinutes(5));
    private static final RetryPolicy PATIENT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofMinutes(5), Duration.ofMinutes(5));
    private static final Duration DOCKING_TIMEOUT = Duration.ofMinutes(8);

    @TempDir
    Path work;
    @TempDir
    Path dataDir;

    private final List<CustodianProcess> servers = new ArrayList<>();

    @AfterEach
    void killServers() {
        servers.forEach(CustodianProcess::close);
    }

    @Test
    void acknowledgedClipsSurviveTheKillAndRetriedUploadsGiveEachClipOnce() throws Exception {
        // 8, 16, 24 and 32 MiB: when the smallest clips are acknowledged the others are still streaming.
        DockingShift shift = DockingShift.film(work, OFFICERS, RECORDINGS_EACH, officer -> (8 + 8L * officer) * MIB);
        CustodianProcess server = start("before-kill");
        shift.register(admin(server), client(server, ONE_ATTEMPT));
        Set<String> acknowledgedBeforeKill = dockUntilKilled(server, shift);

        CustodianProcess restarted = start("after-restart");
        assertThat(shift.sha256sListed(admin(restarted))).as("clips acknowledged before the kill, found after the restart")
                .containsAll(shift.sha256Of(acknowledgedBeforeKill));

        Docking retried = Docking.start(client(restarted, PATIENT), shift.beats());
        assertThat(retried.await(DOCKING_TIMEOUT)).as("retried docking finished").isTrue();
        assertThat(retried.failures()).isEmpty();
        assertThat(retried.docked()).containsExactlyInAnyOrderElementsOf(shift.sha256ByContainer().keySet());
        assertEveryClipHeldOnce(restarted, shift);
        JsonNode chain = admin(restarted).get("/api/v1/audit/verify").json();
        assertThat(chain.get("intact").asBoolean()).as(chain.toString()).isTrue();

        restarted.stop();
        assertFootageHoldsTheClipsAndAtMostWhatWasInFlight(shift.sha256ByContainer().size());
    }

    /** The containers of the clips the server acknowledged before it was killed mid-upload. */
    private Set<String> dockUntilKilled(CustodianProcess server, DockingShift shift) throws InterruptedException {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Docking interrupted = Docking.start(client(server, ONE_ATTEMPT).onAcknowledged(a -> {
            if (a.isClip()) {
                acknowledged.add(containerOf(a));
            }
        }), shift.beats());
        KillSwitch.killWhenClipsAcknowledgedAndOthersStreaming(server, acknowledged, interrupted, 2);
        assertThat(interrupted.await(DOCKING_TIMEOUT)).as("docks stop once the server is gone").isTrue();
        // Read only now: every acknowledgement in the set was sent by the server before it died.
        Set<String> acknowledgedBeforeKill = Set.copyOf(acknowledged);
        assertThat(acknowledgedBeforeKill).as("clips acknowledged before the kill").isNotEmpty()
                .hasSizeLessThan(shift.sha256ByContainer().size());
        return acknowledgedBeforeKill;
    }

    private void assertEveryClipHeldOnce(CustodianProcess server, DockingShift shift) {
        for (DockingShift.Beat beat : shift.beats()) {
            JsonNode clips = admin(server).get("/api/v1/clips?camera=" + beat.camera().serial()).json();
            assertThat(clips.findValuesAsString("sha256")).as("clips of " + beat.camera().serial())
                    .containsExactlyInAnyOrderElementsOf(beat.recordings().stream()
                            .map(r -> shift.sha256ByContainer().get(r.containerName())).toList());
            assertThat(clips).allSatisfy(clip -> {
                assertThat(clip.get("officer").asString()).isEqualTo(beat.officer().collarNumber());
                assertThat(clip.get("status").asString()).isEqualTo("STORED");
            });
        }
    }

    private void assertFootageHoldsTheClipsAndAtMostWhatWasInFlight(int clips) throws Exception {
        FootageFolder footage = new FootageFolder(dataDir);
        Set<String> blobs = footage.clipBlobs();
        Set<String> referenced = footage.referencedBlobs();
        assertThat(referenced).as("every clip row's blob is on disk").hasSize(clips).isSubsetOf(blobs);
        // Each dock had at most one clip in flight: only those can have left a blob without a row (the
        // reconciler's to remove) or a put's unfinished temporary file.
        assertThat(blobs.stream().filter(blob -> !referenced.contains(blob))).as("orphaned blobs")
                .hasSizeLessThanOrEqualTo(OFFICERS);
        List<Path> unfinished = footage.unfinishedPuts();
        assertThat(unfinished).as("unfinished puts").hasSizeLessThanOrEqualTo(OFFICERS);
        System.out.printf("After the kill and the retries: %d blobs for %d clips, %d unfinished puts%n", blobs.size(),
                referenced.size(), unfinished.size());
    }

    private CustodianProcess start(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        CustodianProcess server = CustodianProcess.start(Path.of("target", "kill-test", stamp + "-" + name + ".log"),
                List.of("--custodian.data-dir=" + dataDir, "--custodian.axis.key=" + AXIS_KEY,
                        "--custodian.identity.admin-password=" + ADMIN_PASSWORD));
        servers.add(server);
        return server;
    }

    private static String containerOf(Acknowledgement acknowledgement) {
        return acknowledgement.object().substring(0, acknowledgement.object().indexOf('/'));
    }

    private static Api admin(CustodianProcess server) {
        return Api.at(server.port()).as("admin", ADMIN_PASSWORD);
    }

    private static AxisClient client(CustodianProcess server, RetryPolicy policy) {
        return AxisClient.connect(server.uri(), "axis", AXIS_KEY).withRetryPolicy(policy);
    }
}
