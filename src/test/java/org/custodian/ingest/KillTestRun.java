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
import java.util.function.Consumer;
import java.util.function.Function;

import org.custodian.support.Api;
import org.custodian.support.CustodianProcess;
import org.custodian.support.TestPostgres;

import tools.jackson.databind.JsonNode;

/**
 * The servers of one kill test, each started on the same data folder and database so that a restart finds
 * what its killed predecessor left, and what must hold once the docks have sent everything again.
 */
final class KillTestRun implements AutoCloseable {

    static final String AXIS_KEY = "kill-test-axis-key";
    static final String ADMIN_PASSWORD = "kill-test-admin-password";
    static final Duration DOCKING_TIMEOUT = Duration.ofMinutes(8);

    private final Path dataDir;
    private final TestPostgres.Database database;
    private final List<String> settings;
    private final List<CustodianProcess> servers = new ArrayList<>();

    private KillTestRun(Path dataDir, TestPostgres.Database database, List<String> settings) {
        this.dataDir = dataDir;
        this.database = database;
        this.settings = settings;
    }

    /** The embedded H2 database in the data folder, as a single server runs out of the box. */
    static KillTestRun onEmbeddedDatabase(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("custodian")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        return new KillTestRun(dataDir, new TestPostgres.Database(url, "sa", ""), List.of());
    }

    /** A fresh database on a PostgreSQL this test JVM runs, so it lives on while the server is killed. */
    static KillTestRun onPostgres(Path dataDir) {
        TestPostgres.Database db = TestPostgres.newDatabase();
        return new KillTestRun(dataDir, db, List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()));
    }

    CustodianProcess start(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        List<String> command = new ArrayList<>(List.of("--custodian.data-dir=" + dataDir,
                "--custodian.axis.key=" + AXIS_KEY, "--custodian.identity.admin-password=" + ADMIN_PASSWORD));
        command.addAll(settings);
        CustodianProcess server = CustodianProcess.start(Path.of("target", "kill-test", stamp + "-" + name + ".log"),
                command);
        servers.add(server);
        return server;
    }

    static Api admin(CustodianProcess server) {
        return Api.at(server.port()).as("admin", ADMIN_PASSWORD);
    }

    /**
     * Starts the docks with a callback that collects the recordings whose clip the server acknowledged, kills
     * the server at the worst moment, and returns those acknowledged before it died.
     */
    static Set<String> dockUntilKilled(CustodianProcess server, DockingShift shift,
            Function<Consumer<String>, Docking> docks) throws InterruptedException {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Docking interrupted = docks.apply(acknowledged::add);
        KillSwitch.killWhenClipsAcknowledgedAndOthersStreaming(server, acknowledged, interrupted, 2);
        assertThat(interrupted.await(DOCKING_TIMEOUT)).as("docks stop once the server is gone").isTrue();
        // Read only now: every acknowledgement in the set was sent by the server before it died.
        Set<String> acknowledgedBeforeKill = Set.copyOf(acknowledged);
        assertThat(acknowledgedBeforeKill).as("clips acknowledged before the kill").isNotEmpty()
                .hasSizeLessThan(shift.sha256ByContainer().size());
        return acknowledgedBeforeKill;
    }

    /** After the retries: every clip held once, STORED, with its officer, and the audit chain intact. */
    static void assertEveryClipHeldOnce(CustodianProcess server, DockingShift shift) {
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
        JsonNode chain = admin(server).get("/api/v1/audit/verify").json();
        assertThat(chain.get("intact").asBoolean()).as(chain.toString()).isTrue();
    }

    /** Once every server is stopped: each clip's blob on disk, and no more left over than were in flight. */
    void assertFootageHoldsTheClipsAndAtMostWhatWasInFlight(int clips, int docks) throws Exception {
        FootageFolder footage = new FootageFolder(dataDir, database);
        Set<String> blobs = footage.clipBlobs();
        Set<String> referenced = footage.referencedBlobs();
        assertThat(referenced).as("every clip row's blob is on disk").hasSize(clips).isSubsetOf(blobs);
        // Each dock had at most one clip in flight: only those can have left a blob without a row (the
        // reconciler's to remove) or a put's unfinished temporary file.
        assertThat(blobs.stream().filter(blob -> !referenced.contains(blob))).as("orphaned blobs")
                .hasSizeLessThanOrEqualTo(docks);
        List<Path> unfinished = footage.unfinishedPuts();
        assertThat(unfinished).as("unfinished puts").hasSizeLessThanOrEqualTo(docks);
        System.out.printf("After the kill and the retries: %d blobs for %d clips, %d unfinished puts%n", blobs.size(),
                referenced.size(), unfinished.size());
    }

    @Override
    public void close() {
        servers.forEach(CustodianProcess::close);
    }
}
