package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.custodian.ingest.tus.TusClient;
import org.custodian.support.Api;
import org.custodian.support.CustodianProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The server process is killed outright (SIGKILL) while a sweep is deleting clips. Whatever moment it
 * died at, every clip is either untouched, deleted completely with one receipt, or recorded as being
 * deleted; after a restart the next sweep finishes those, and every clip that was due is gone once, with
 * its receipt, its data key and its blob.
 */
class SweepKilledMidwayTest {

    private static final String ADMIN_PASSWORD = "sweep-kill-admin-password";
    private static final int CLIPS = 400;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path dataDir;

    private final List<CustodianProcess> servers = new ArrayList<>();

    @AfterEach
    void killServers() {
        servers.forEach(CustodianProcess::close);
    }

    @Test
    void aSweepKilledPartWayLeavesNothingHalfDeletedAndTheNextSweepFinishesIt() throws Exception {
        CustodianProcess server = start("before-kill");
        String camera = "CAM-SWEEP-KILL";
        Api admin = admin(server);
        assertThat(admin.post("/api/v1/cameras", Map.of("serial", camera, "model", "AXIS W110", "firmware", "1.0"))
                .status()).isEqualTo(201);
        // Recorded 40 days ago: every clip is past the 31 days of non-evidential footage.
        dockOldClips(server, camera);

        CompletableFuture<Void> sweeping = CompletableFuture.runAsync(() -> admin.post("/api/v1/retention/sweep", ""));
        int receiptsAtKill = killWhenPartlySwept(server);
        sweeping.exceptionally(e -> null).join();

        State killed = State.read(dataDir);
        assertThat(killed.done()).as("finished deletions").hasSizeBetween(receiptsAtKill, CLIPS - 1);
        assertThat(killed.deletions.size()).as("deletions begun").isBetween(killed.done().size(), CLIPS);
        killed.assertConsistent();

        CustodianProcess restarted = start("after-restart");
        JsonNode sweep = admin(restarted).post("/api/v1/retention/sweep", "").json();
        assertThat(sweep.get("deleted").asInt()).isEqualTo(CLIPS - killed.done().size());
        assertThat(sweep.get("failed").asInt()).isZero();
        JsonNode chain = admin(restarted).get("/api/v1/audit/verify").json();
        assertThat(chain.get("intact").asBoolean()).as(chain.toString()).isTrue();
        restarted.stop();

        State after = State.read(dataDir);
        assertThat(after.done()).hasSize(CLIPS);
        after.assertConsistent();
        assertThat(after.receipts.values()).as("one receipt per clip").containsOnly(1);
        assertThat(after.receipts).hasSize(CLIPS);
        assertThat(after.blobs).as("footage blobs left").isEmpty();
        System.out.printf("Killed after %d receipts were visible; %d of %d deletions were done on disk, the sweep "
                + "after the restart deleted %d%n", receiptsAtKill, killed.done().size(), CLIPS,
                sweep.get("deleted").asInt());
    }

    private void dockOldClips(CustodianProcess server, String camera) {
        TusClient tus = new TusClient(server.port(), "admin", ADMIN_PASSWORD);
        Random random = new Random(7);
        Instant started = Instant.now().minus(Duration.ofDays(40));
        for (int i = 0; i < CLIPS; i++) {
            byte[] bytes = new byte[16 * 1024];
            random.nextBytes(bytes);
            Instant at = started.plusSeconds(120L * i);
            HttpResponse<String> created = tus.create(bytes.length, TusClient.metadata(TusClient.clip(camera,
                    at.toString(), at.plusSeconds(60).toString())));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(tus.patch(location, 0, bytes, 0, bytes.length, null).statusCode()).isEqualTo(204);
        }
    }

    /**
     * Kills the server once the sweep has written some receipts but not all (it finishes 20 clips per
     * transaction); returns how many it had.
     */
    private static int killWhenPartlySwept(CustodianProcess server) throws InterruptedException {
        Api admin = admin(server);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response entries = admin.get("/api/v1/audit/entries?action=clip.deleted&size=500");
            assertThat(entries.status()).as(entries.body()).isEqualTo(200);
            int receipts = entries.json().size();
            if (receipts > 0) {
                if (receipts >= CLIPS) {
                    throw new AssertionError("The sweep finished before it could be interrupted; dock more clips");
                }
                server.kill();
                return receipts;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("The sweep deleted nothing within " + PATIENCE);
    }

    private CustodianProcess start(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        CustodianProcess server = CustodianProcess.start(Path.of("target", "kill-test", stamp + "-sweep-" + name
                + ".log"), List.of("--custodian.data-dir=" + dataDir, "--custodian.identity.admin-password="
                        + ADMIN_PASSWORD, "--custodian.retention.sweep-batch=20"));
        servers.add(server);
        return server;
    }

    private static Api admin(CustodianProcess server) {
        return Api.at(server.port()).as("admin", ADMIN_PASSWORD);
    }

    /** The database and footage folder as a stopped server left them. */
    private record State(Map<String, String> deletions, Map<String, String> status, List<String> keys,
            Map<String, String> blobOf, List<String> blobs, Map<String, Integer> receipts) {

        static State read(Path dataDir) throws Exception {
            String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("custodian")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
            Map<String, String> deletions = new HashMap<>();
            Map<String, String> status = new HashMap<>();
            Map<String, String> blobOf = new HashMap<>();
            List<String> keys = new ArrayList<>();
            Map<String, Integer> receipts = new HashMap<>();
            try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement s = db.createStatement()) {
                rows(s, "SELECT clip_id, state FROM clip_deletion", r -> deletions.put(r.getString(1), r.getString(2)));
                rows(s, "SELECT id, status, blob_key FROM clip", r -> {
                    status.put(r.getString(1), r.getString(2));
                    blobOf.put(r.getString(1), r.getString(3));
                });
                rows(s, "SELECT clip_id FROM clip_key", r -> keys.add(r.getString(1)));
                rows(s, "SELECT subject_id FROM audit_entry WHERE action = 'clip.deleted'",
                        r -> receipts.merge(r.getString(1), 1, Integer::sum));
            }
            List<String> blobs = new ArrayList<>();
            Path footage = dataDir.resolve("footage");
            if (Files.isDirectory(footage.resolve("clips"))) {
                try (Stream<Path> walk = Files.walk(footage.resolve("clips"))) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("~"))
                            .forEach(f -> blobs.add(footage.relativize(f).toString().replace('\\', '/')));
                }
            }
            return new State(deletions, status, keys, blobOf, blobs, receipts);
        }

        List<String> done() {
            return deletions.entrySet().stream().filter(e -> e.getValue().equals("DONE")).map(Map.Entry::getKey)
                    .toList();
        }

        /** Done: tombstone, no key, no blob, one receipt. Begun: still a clip, no receipt. Untouched: key and blob. */
        void assertConsistent() {
            for (String clip : status.keySet()) {
                String deletion = deletions.get(clip);
                if ("DONE".equals(deletion)) {
                    assertThat(status.get(clip)).as(clip).isEqualTo("DELETED");
                    assertThat(keys).as("key of " + clip).doesNotContain(clip);
                    assertThat(blobs).as("blob of " + clip).doesNotContain(blobOf.get(clip));
                    assertThat(receipts.get(clip)).as("receipts of " + clip).isEqualTo(1);
                } else {
                    assertThat(status.get(clip)).as(clip).isEqualTo("STORED");
                    assertThat(receipts).as("receipt of " + clip).doesNotContainKey(clip);
                    if (deletion == null) {
                        assertThat(keys).as("key of " + clip).contains(clip);
                        assertThat(blobs).as("blob of " + clip).contains(blobOf.get(clip));
                    }
                }
            }
        }

        interface Row {
            void accept(ResultSet r) throws SQLException;
        }

        private static void rows(Statement s, String sql, Row row) throws SQLException {
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    row.accept(r);
                }
            }
        }
    }
}
