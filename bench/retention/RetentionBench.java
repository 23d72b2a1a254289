import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import javax.sql.DataSource;

import org.custodian.CustodianApplication;
import org.custodian.retention.RetentionSweep;
import org.custodian.support.TestPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The retention benchmark (see README.md here): Custodian in this JVM on PostgreSQL, N clips recorded 40
 * days ago seeded straight into the database (row, wrapped-key row, a small blob file each), the plain SQL
 * DELETE of those rows timed and rolled back, then the sweep timed deleting them. Prints one JSON line.
 */
public class RetentionBench {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        int clips = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIPS", "1000000"));
        int blobBytes = Integer.parseInt(System.getenv().getOrDefault("BENCH_BLOB_BYTES", "1024"));
        Path data = Files.createTempDirectory("custodian-retention-bench");
        TestPostgres.Database db = TestPostgres.newDatabase();
        log("database " + db.url() + ", data folder " + data);
        ConfigurableApplicationContext app = SpringApplication.run(CustodianApplication.class,
                "--server.port=0", "--custodian.data-dir=" + data, "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
                "--spring.profiles.active=postgres", "--custodian.identity.admin-password=retention-bench-password",
                "--db-scheduler.enabled=false", "--custodian.crypto.warm-up=false",
                "--logging.level.root=WARN", "--logging.level.org.custodian=WARN");
        try {
            DataSource dataSource = app.getBean(DataSource.class);
            Path footage = data.resolve("footage");
            long seedStart = System.nanoTime();
            seed(dataSource, footage, clips, blobBytes);
            log(String.format("seeded %d clips with %d-byte blobs in %.1f s", clips, blobBytes, seconds(seedStart)));

            double deleteSeconds = plainDeleteRolledBack(dataSource);
            log(String.format("plain SQL DELETE of the same rows (rolled back): %.2f s", deleteSeconds));

            RetentionSweep sweep = app.getBean(RetentionSweep.class);
            long sweepStart = System.nanoTime();
            RetentionSweep.Report report = sweep.sweep();
            double sweepSeconds = seconds(sweepStart);
            log(String.format("sweep deleted %d (failed %d) in %.1f s", report.deleted(), report.failed(), sweepSeconds));
            if (report.deleted() != clips || report.failed() != 0) {
                throw new IllegalStateException("The sweep deleted " + report.deleted() + " of " + clips);
            }
            try (var left = Files.walk(footage.resolve("clips"))) {
                long files = left.filter(Files::isRegularFile).count();
                if (files != 0) {
                    throw new IllegalStateException(files + " blobs left after the sweep");
                }
            }
            double sweepRate = clips / sweepSeconds;
            double deleteRate = clips / deleteSeconds;
            System.out.printf("sweep_clips_per_s=%.0f delete_clips_per_s=%.0f sweep_s=%.1f delete_s=%.2f%n", sweepRate,
                    deleteRate, sweepSeconds, deleteSeconds);
            System.out.printf("{\"bench\":\"retention\",\"clips\":%d,\"clips_per_s\":%.0f,\"ratio_vs_delete\":%.4f}%n",
                    clips, sweepRate, sweepRate / deleteRate);
        } finally {
            app.close();
        }
    }

    /** Rows as ingest leaves them (recorded 40 days ago, no category), a wrapped-key row and a blob file each. */
    private static void seed(DataSource dataSource, Path footage, int clips, int blobBytes) throws Exception {
        Instant base = Instant.now().minus(Duration.ofDays(40));
        byte[] blob = new byte[blobBytes];
        byte[] key = new byte[120];
        new java.util.Random(1).nextBytes(blob);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement clip = c.prepareStatement("""
                    INSERT INTO clip (id, sha256, size_bytes, status, dedup_key, camera_serial, started_at, ended_at,
                                      source, blob_key, received_at)
                    VALUES (?, ?, ?, 'STORED', ?, 'CAM-BENCH', ?, ?, 'bench', ?, ?)
                    """); PreparedStatement wrapped = c.prepareStatement(
                            "INSERT INTO clip_key (clip_id, wrapped_key) VALUES (?, ?)")) {
                for (int i = 0; i < clips; i++) {
                    UUID id = UUID.randomUUID();
                    Instant started = base.plusMillis(i);
                    String sha = (id.toString().replace("-", "") + id.toString().replace("-", "")).substring(0, 64);
                    String blobKey = "clips/" + DAY.format(started.plus(Duration.ofSeconds(i % 86_400))) + "/" + id;
                    Path file = footage.resolve(blobKey);
                    Files.createDirectories(file.getParent());
                    Files.write(file, blob);
                    clip.setObject(1, id);
                    clip.setString(2, sha);
                    clip.setLong(3, blobBytes);
                    clip.setString(4, sha);
                    clip.setObject(5, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
                    clip.setObject(6, OffsetDateTime.ofInstant(started.plusSeconds(60), ZoneOffset.UTC));
                    clip.setString(7, blobKey);
                    clip.setObject(8, OffsetDateTime.ofInstant(started.plusSeconds(3600), ZoneOffset.UTC));
                    clip.addBatch();
                    wrapped.setObject(1, id);
                    wrapped.setBytes(2, key);
                    wrapped.addBatch();
                    if (i % 5000 == 4999 || i == clips - 1) {
                        clip.executeBatch();
                        wrapped.executeBatch();
                        c.commit();
                    }
                    if (i % 100_000 == 99_999) {
                        log("seeded " + (i + 1));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE clip");
                s.execute("ANALYZE clip_key");
            }
            c.commit();
        }
    }

    /**
     * The same rows removed with two plain DELETEs, timed up to the end of the statements, then rolled back
     * so the sweep finds them (the commit a real DELETE adds, one WAL flush, is left out: in its favour).
     */
    private static double plainDeleteRolledBack(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            s.executeUpdate("DELETE FROM clip_key WHERE clip_id IN (SELECT id FROM clip WHERE camera_serial = 'CAM-BENCH')");
            s.executeUpdate("DELETE FROM clip WHERE camera_serial = 'CAM-BENCH'");
            double took = seconds(start);
            c.rollback();
            return took;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String message) {
        System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
