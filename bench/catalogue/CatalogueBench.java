import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.custodian.CustodianApplication;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipSearch;
import org.custodian.evidence.GeoGrid;
import org.custodian.evidence.Place;
import org.custodian.evidence.TrackPoint;
import org.custodian.evidence.jdbc.ClipSearches;
import org.custodian.fleet.CollarNumber;
import org.custodian.support.TestPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The catalogue benchmark (see README.md here): Custodian in this JVM, first on H2 (a file database), then on
 * PostgreSQL; the schema from the application's own Flyway migrations at start-up; N generated clips with GPS
 * tracks bulk-loaded (place index rows from {@link GeoGrid#cellsOf}, as the application indexes a track); then
 * three searches timed through {@link ClipSearches}, each shown with its plan. Prints one JSON line last.
 */
public class CatalogueBench {

    static final int OFFICERS = Integer.parseInt(env("BENCH_OFFICERS", "20000"));
    static final int UNITS = 37;
    static final int CAMERAS = 14_000;
    static final int FIX_SECONDS = Integer.parseInt(env("BENCH_FIX_SECONDS", "20"));
    static final int RUNS = Integer.parseInt(env("BENCH_RUNS", "1000"));
    static final int WARMUP = Integer.parseInt(env("BENCH_WARMUP", "200"));
    static final int THREADS = Integer.parseInt(env("BENCH_THREADS", "2"));
    /** The year of shifts the clips are recorded in. */
    static final Instant YEAR_START = Instant.parse("2025-11-01T00:00:00Z");
    static final String[] CATEGORIES = { "evidential", "stop-and-search", "domestic-abuse", "use-of-force",
            "public-order", "firearms", "first-account", "training-candidate" };
    static final ClipAccessPolicy.ListScope ALL = new ClipAccessPolicy.ListScope(ClipAccessPolicy.Scope.ALL, null, null);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        long h2Clips = Long.parseLong(env("BENCH_H2_CLIPS", "1000000"));
        long pgClips = Long.parseLong(env("BENCH_PG_CLIPS", "10000000"));
        Path work = Path.of(env("BENCH_WORK", Files.createTempDirectory("custodian-catalogue-bench").toString()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "catalogue");
        json.put("h2_clips", h2Clips);
        json.put("pg_clips", pgClips);
        if (h2Clips > 0) {
            Result h2 = run("H2", h2Clips, work.resolve("h2"), null);
            json.put("h2_load_s", round(h2.loadSeconds));
            h2.p95.forEach((q, v) -> json.put("h2_p95_ms_" + q, round(v)));
        }
        if (pgClips > 0) {
            Result pg = run("PostgreSQL", pgClips, work.resolve("pg"), work.resolve("pgdata"));
            json.put("pg_load_s", round(pg.loadSeconds));
            pg.p95.forEach((q, v) -> json.put("pg_p95_ms_" + q, round(v)));
        }
        StringBuilder line = new StringBuilder("{");
        json.forEach((k, v) -> line.append(line.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v instanceof String s ? "\"" + s + "\"" : v));
        System.out.println(line.append('}'));
        System.exit(0);
    }

    record Result(double loadSeconds, Map<String, Double> p95) {
    }

    // --- one database -------------------------------------------------------------------------------------

    static Result run(String name, long clips, Path data, Path pgData) throws Exception {
        Files.createDirectories(data);
        List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--custodian.data-dir=" + data,
                "--custodian.identity.admin-password=catalogue-bench-password", "--db-scheduler.enabled=false",
                "--custodian.crypto.warm-up=false", "--logging.level.root=WARN", "--logging.level.org.custodian=WARN",
                "--spring.main.banner-mode=off"));
        EmbeddedPostgres embedded = null;
        boolean pg = pgData != null;
        if (pg) {
            String url;
            String user;
            String password;
            if (System.getenv("CUSTODIAN_TEST_PG_URL") != null && !System.getenv("CUSTODIAN_TEST_PG_URL").isBlank()) {
                TestPostgres.Database db = TestPostgres.newDatabase();
                url = db.url();
                user = db.user();
                password = db.password();
            } else {
                // A server as one would set one up for this size, not the initdb defaults tests run with.
                embedded = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(true)
                        .setPGStartupWait(Duration.ofSeconds(120))
                        .setServerConfig("shared_buffers", env("BENCH_PG_SHARED_BUFFERS", "4GB"))
                        .setServerConfig("effective_cache_size", "12GB").setServerConfig("work_mem", "16MB")
                        .setServerConfig("maintenance_work_mem", "1GB").setServerConfig("max_wal_size", "16GB")
                        .setServerConfig("checkpoint_timeout", "30min").setServerConfig("wal_level", "minimal")
                        .setServerConfig("max_wal_senders", "0").setServerConfig("random_page_cost", "1.1")
                        .start();
                url = embedded.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                password = "postgres";
            }
            appArgs.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password, "--spring.profiles.active=postgres"));
        }
        log(name + ": starting Custodian (Flyway migrations) in " + data);
        ConfigurableApplicationContext app = SpringApplication.run(CustodianApplication.class, appArgs.toArray(String[]::new));
        try {
            DataSource ds = app.getBean(DataSource.class);
            ClipSearches searches = app.getBean(ClipSearches.class);
            System.out.println();
            System.out.println("== " + name + ": " + clips + " clips ==");
            System.out.println(name + " " + version(ds));
            Samples samples = new Samples();
            long started = System.nanoTime();
            Totals totals = pg ? loadPostgres(ds, clips, samples) : loadH2(ds, clips, samples);
            double loadSeconds = seconds(started);
            System.out.printf(Locale.ROOT, "%s load: %d clips, %d track points, %d place index rows in %.1f s (%s)%n", name,
                    totals.clips.get(), totals.points.get(), totals.cells.get(), loadSeconds, totals.phases);
            System.out.println(name + " sizes: " + sizes(ds, pg));
            Map<String, Double> p95 = measure(name, searches, ds, samples, pg);
            return new Result(loadSeconds, p95);
        } finally {
            if (pg) {
                // So that stopping the server does not have gigabytes of dirty buffers left to write.
                try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                } catch (Exception e) {
                    log("CHECKPOINT failed: " + e);
                }
            }
            app.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    // --- generated metadata ------------------------------------------------------------------------------

    /** What the queries pick from: officers, references and points on tracks (with the time there). */
    static final class Samples {
        final List<String> references = Collections.synchronizedList(new ArrayList<>());
        final List<double[]> places = Collections.synchronizedList(new ArrayList<>());
    }

    static final class Totals {
        final AtomicLong clips = new AtomicLong();
        final AtomicLong points = new AtomicLong();
        final AtomicLong cells = new AtomicLong();
        final AtomicLong longestMillis = new AtomicLong();
        String phases = "";
    }

    /** Where rows go: a COPY stream or JDBC batches. */
    interface Sink {
        void clip(UUID id, String camera, String collar, String unit, Instant start, Instant end, Instant received,
                String category, String reference, long bytes) throws Exception;

        void point(UUID clip, int seq, Instant at, double lat, double lon) throws Exception;

        void cell(long cell, int day, UUID clip) throws Exception;

        /** Called after every few thousand clips and at the end. */
        void flush() throws Exception;
    }

    static String collar(int officer) {
        return "MP" + (100000 + officer);
    }

    static String unit(int officer) {
        return String.format(Locale.ROOT, "BCU%02d", officer % UNITS);
    }

    /** Unit bases spread over Greater London (deterministic). */
    static final double[][] BASES = new double[UNITS][];
    static {
        Random r = new Random(37);
        for (int i = 0; i < UNITS; i++) {
            BASES[i] = new double[] { 51.38 + r.nextDouble() * 0.24, -0.40 + r.nextDouble() * 0.55 };
        }
    }

    /** One officer's year: shifts on some days, a few clips per shift, each with its track and place index rows. */
    static void officer(int o, long clipCount, Sink sink, Samples samples, Totals totals, Random sampling) throws Exception {
        if (clipCount == 0) {
            return;
        }
        Random r = new Random(o * 1_000_003L + 17);
        String collar = collar(o);
        String unit = unit(o);
        double[] base = BASES[o % UNITS];
        double homeLat = base[0] + r.nextGaussian() * 0.015;
        double homeLon = base[1] + r.nextGaussian() * 0.025;
        int shifts = (int) Math.min(220, Math.max(1, (clipCount + 2) / 3));
        int[] days = r.ints(0, 365).distinct().limit(shifts).sorted().toArray();
        long perShift = clipCount / shifts;
        long extra = clipCount % shifts;
        int referenceCounter = 0;
        for (int s = 0; s < shifts; s++) {
            long n = perShift + (s < extra ? 1 : 0);
            int startHour = new int[] { 7, 15, 22 }[r.nextInt(3)];
            Instant t = YEAR_START.plus(Duration.ofDays(days[s])).plus(Duration.ofHours(startHour))
                    .plusSeconds(r.nextInt(1800));
            String camera = String.format(Locale.ROOT, "AXB-%05d", r.nextInt(CAMERAS));
            Instant shiftEnd = t.plus(Duration.ofHours(10));
            String openReference = null;
            int referenceLeft = 0;
            for (long k = 0; k < n; k++) {
                t = t.plusSeconds(60L * (5 + r.nextInt(55)));
                // 1-30 minutes, most clips short.
                int minutes = (int) Math.min(30, 1 + Math.floor(-Math.log(1 - r.nextDouble()) * 6));
                int lengthSeconds = minutes * 60 - r.nextInt(50);
                Instant end = t.plusSeconds(lengthSeconds);
                UUID id = new UUID(r.nextLong(), r.nextLong());
                double c = r.nextDouble();
                String category = c < 0.08 ? null : c < 0.80 ? "non-evidential" : CATEGORIES[r.nextInt(CATEGORIES.length)];
                String reference = null;
                if (referenceLeft > 0) {
                    reference = openReference;
                    referenceLeft--;
                } else if (r.nextDouble() < 0.05) {
                    openReference = String.format(Locale.ROOT, "CRIS %07d/%02d", (o * 977L + referenceCounter++) % 10_000_000L,
                            25 + days[s] / 200);
                    reference = openReference;
                    referenceLeft = r.nextInt(3);
                    if (sampling.nextInt(20) == 0) {
                        samples.references.add(reference);
                    }
                }
                if (reference != null && category == null) {
                    category = "evidential";
                }
                sink.clip(id, camera, collar, unit, t, end, shiftEnd.plus(Duration.ofHours(1)), category, reference,
                        lengthSeconds * 500_000L);
                long millis = lengthSeconds * 1000L;
                totals.longestMillis.accumulateAndGet(millis, Math::max);
                totals.clips.incrementAndGet();
                if (r.nextDouble() < 0.85) {
                    track(id, t, end, homeLat, homeLon, r, sink, samples, totals, sampling);
                }
                t = end;
            }
        }
    }

    static void track(UUID id, Instant start, Instant end, double homeLat, double homeLon, Random r, Sink sink,
            Samples samples, Totals totals, Random sampling) throws Exception {
        boolean driving = r.nextDouble() < 0.35;
        double speed = driving ? 5 + r.nextDouble() * 8 : 1.0 + r.nextDouble() * 0.6;
        double lat = homeLat + r.nextGaussian() * 0.01;
        double lon = homeLon + r.nextGaussian() * 0.015;
        double heading = r.nextDouble() * 2 * Math.PI;
        long seconds = Duration.between(start, end).getSeconds();
        List<TrackPoint> points = new ArrayList<>();
        for (long s = 0; s <= seconds; s += FIX_SECONDS) {
            Instant at = start.plusSeconds(s);
            points.add(new TrackPoint(at, lat, lon));
            heading += r.nextGaussian() * 0.5;
            double metres = speed * FIX_SECONDS;
            lat += metres * Math.cos(heading) / 111_195.0;
            lon += metres * Math.sin(heading) / (111_195.0 * Math.cos(Math.toRadians(lat)));
        }
        int seq = 0;
        for (TrackPoint p : points) {
            sink.point(id, seq++, p.at(), p.latitude(), p.longitude());
        }
        totals.points.addAndGet(points.size());
        // The place index as ClipAnnotations.indexPlace fills it: every cell of the track, once per UTC day spanned.
        long firstDay = day(start);
        long lastDay = day(end);
        for (long cell : GeoGrid.cellsOf(points)) {
            for (long d = firstDay; d <= lastDay; d++) {
                sink.cell(cell, (int) d, id);
                totals.cells.incrementAndGet();
            }
        }
        if (sampling.nextInt(50) == 0) {
            TrackPoint p = points.get(sampling.nextInt(points.size()));
            samples.places.add(new double[] { p.latitude(), p.longitude(), p.at().getEpochSecond() });
        }
    }

    static long day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    /** Officers split over the worker threads, each its own connection and sink. */
    static void generate(long clips, Samples samples, Totals totals, Supplier<Sink> sinks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        long perOfficer = clips / OFFICERS;
        long extra = clips % OFFICERS;
        long started = System.nanoTime();
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            done.add(pool.submit(() -> {
                Sink sink = sinks.get();
                Random sampling = new Random(worker);
                for (int o = worker; o < OFFICERS; o += THREADS) {
                    officer(o, perOfficer + (o < extra ? 1 : 0), sink, samples, totals, sampling);
                    sink.flush();
                    if (worker == 0 && o % 1000 == 0 && o > 0) {
                        log(String.format(Locale.ROOT, "  %d clips, %d points, %d cells loaded (%.0f s)", totals.clips.get(),
                                totals.points.get(), totals.cells.get(), seconds(started)));
                    }
                }
                sink.flush();
                if (sink instanceof AutoCloseable c) {
                    c.close();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    // --- PostgreSQL: COPY, with the indexes and constraints built after the load ---------------------------

    static Totals loadPostgres(DataSource ds, long clips, Samples samples) throws Exception {
        Totals totals = new Totals();
        List<String[]> dropped = new ArrayList<>(); // {table, name, definition, kind}
        long phase = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // Foreign keys touching the loaded tables, then their primary/unique keys, then plain indexes.
            try (ResultSet rs = s.executeQuery("""
                    SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype FROM pg_constraint
                    WHERE contype IN ('f', 'p', 'u') AND (conrelid IN ('clip'::regclass, 'clip_cell'::regclass,
                          'clip_track_point'::regclass) OR confrelid = 'clip'::regclass)
                    ORDER BY CASE contype WHEN 'f' THEN 0 ELSE 1 END, conname""")) {
                while (rs.next()) {
                    dropped.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) });
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT tablename, indexname, indexdef, 'i' FROM pg_indexes i
                    WHERE schemaname = current_schema() AND tablename IN ('clip', 'clip_cell', 'clip_track_point')
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)""")) {
                while (rs.next()) {
                    dropped.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) });
                }
            }
            for (String[] d : dropped) {
                s.execute(d[3].equals("i") ? "DROP INDEX " + d[1] : "ALTER TABLE " + d[0] + " DROP CONSTRAINT " + d[1]);
            }
        }
        log("PostgreSQL: dropped " + dropped.size() + " indexes and constraints for the load; loading " + clips + " clips");
        generate(clips, samples, totals, () -> new CopySink(ds));
        double copySeconds = seconds(phase);
        log(String.format(Locale.ROOT, "PostgreSQL: COPY done in %.0f s; building indexes and constraints", copySeconds));
        phase = System.nanoTime();
        // Keys before the foreign keys that need them; several at once, as the two cores allow.
        List<String[]> keys = dropped.stream().filter(d -> !d[3].equals("f")).toList();
        List<String[]> foreign = dropped.stream().filter(d -> d[3].equals("f")).toList();
        build(ds, keys);
        build(ds, foreign);
        double indexSeconds = seconds(phase);
        phase = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE clip_longest SET millis = " + totals.longestMillis.get() + " WHERE id = 1");
            s.execute("VACUUM ANALYZE clip");
            s.execute("VACUUM ANALYZE clip_cell");
            s.execute("VACUUM ANALYZE clip_track_point");
        }
        totals.phases = String.format(Locale.ROOT, "COPY %.0f s, indexes and constraints %.0f s, VACUUM ANALYZE %.0f s",
                copySeconds, indexSeconds, seconds(phase));
        return totals;
    }

    static void build(DataSource ds, List<String[]> statements) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (String[] d : statements) {
            done.add(pool.submit(() -> {
                long t = System.nanoTime();
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SET maintenance_work_mem = '1GB'");
                    s.execute(d[3].equals("i") ? d[2] : "ALTER TABLE " + d[0] + " ADD CONSTRAINT " + d[1] + " " + d[2]);
                }
                log(String.format(Locale.ROOT, "  %s %s on %s: %.0f s", d[3].equals("i") ? "index" : "constraint", d[1], d[0],
                        seconds(t)));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /** Rows in PostgreSQL's text COPY format, sent every few thousand clips. */
    static final class CopySink implements Sink, AutoCloseable {
        private final Connection connection;
        private final CopyManager copy;
        private final StringBuilder clips = new StringBuilder(1 << 20);
        private final StringBuilder points = new StringBuilder(1 << 22);
        private final StringBuilder cells = new StringBuilder(1 << 20);
        private int pending;

        CopySink(DataSource ds) {
            try {
                connection = ds.getConnection();
                connection.setAutoCommit(true);
                copy = connection.unwrap(PGConnection.class).getCopyAPI();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void clip(UUID id, String camera, String collar, String unit, Instant start, Instant end, Instant received,
                String category, String reference, long bytes) {
            String sha = sha(id);
            clips.append(id).append('\t').append(sha).append('\t').append(bytes).append("\tSTORED\t").append(sha)
                    .append('\t').append(camera).append('\t').append(collar).append('\t').append(start).append('\t')
                    .append(end).append("\taxis\t").append(blobKey(id, start)).append('\t').append(received).append('\t')
                    .append(unit).append('\t').append(category == null ? "\\N" : category).append('\t')
                    .append(reference == null ? "\\N" : reference).append('\n');
            pending++;
        }

        @Override
        public void point(UUID clip, int seq, Instant at, double lat, double lon) {
            points.append(clip).append('\t').append(seq).append('\t').append(at).append('\t').append(lat).append('\t')
                    .append(lon).append('\n');
        }

        @Override
        public void cell(long cell, int day, UUID clip) {
            cells.append(cell).append('\t').append(day).append('\t').append(clip).append('\n');
        }

        @Override
        public void flush() throws Exception {
            if (pending < 5000) {
                return;
            }
            send();
        }

        private void send() throws Exception {
            copy.copyIn("COPY clip (id, sha256, size_bytes, status, dedup_key, camera_serial, officer_collar, started_at,"
                    + " ended_at, source, blob_key, received_at, unit_code, category, crime_reference) FROM STDIN",
                    new StringReader(clips.toString()));
            copy.copyIn("COPY clip_track_point (clip_id, seq, recorded_at, latitude, longitude) FROM STDIN",
                    new StringReader(points.toString()));
            copy.copyIn("COPY clip_cell (cell, bucket_day, clip_id) FROM STDIN", new StringReader(cells.toString()));
            clips.setLength(0);
            points.setLength(0);
            cells.setLength(0);
            pending = 0;
        }

        @Override
        public void close() throws Exception {
            if (pending > 0) {
                send();
            }
            connection.close();
        }
    }

    static String sha(UUID id) {
        String hex = id.toString().replace("-", "");
        return hex + hex;
    }

    static String blobKey(UUID id, Instant start) {
        return "clips/" + DAY.format(start) + "/" + id;
    }

    // --- H2: generated in memory, then inserted in key order with the secondary indexes built afterwards --

    /**
     * Random UUID keys inserted in random order over many commits make H2's MVStore rewrite B-tree pages all
     * over the file (about 58 KB of file per clip). So the generator's rows are kept in memory; the foreign keys,
     * unique constraints and plain indexes of the three tables are dropped (their definitions from {@code SCRIPT
     * NODATA}); clips and their track points go in in clip-id order, the place index rows sorted by their key
     * (cell, bucket_day, clip_id), each primary key growing at its right edge; then the definitions are run again,
     * which H2 builds from a sorted pass over each table, and {@code ANALYZE}.
     */
    static Totals loadH2(DataSource ds, long clips, Samples samples) throws Exception {
        if (clips >= 1 << CLIP_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << CLIP_BITS) - 1) + " clips on H2");
        }
        Totals totals = new Totals();
        long phase = System.nanoTime();
        List<CollectSink> sinks = Collections.synchronizedList(new ArrayList<>());
        generate(clips, samples, totals, () -> {
            CollectSink sink = new CollectSink();
            sinks.add(sink);
            return sink;
        });
        double generateSeconds = seconds(phase);
        log(String.format(Locale.ROOT, "H2: generated in %.0f s; sorting", generateSeconds));
        phase = System.nanoTime();
        // Clips in id order (unsigned, as H2 orders UUIDs); each clip's points follow it in seq order.
        List<ClipRow> rows = new ArrayList<>((int) clips);
        sinks.sort((a, b) -> Integer.compare(a.worker, b.worker));
        for (CollectSink sink : sinks) {
            rows.addAll(sink.clips);
        }
        rows.sort((a, b) -> a.id.getMostSignificantBits() != b.id.getMostSignificantBits()
                ? Long.compareUnsigned(a.id.getMostSignificantBits(), b.id.getMostSignificantBits())
                : Long.compareUnsigned(a.id.getLeastSignificantBits(), b.id.getLeastSignificantBits()));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).rank = i;
        }
        // Place index rows as one long each: rank of the cell among the distinct cells, day from the first, clip rank.
        long cellCount = 0;
        for (CollectSink sink : sinks) {
            cellCount += sink.cellCount;
        }
        long[] distinct = new long[(int) cellCount];
        int n = 0;
        int minDay = Integer.MAX_VALUE;
        for (CollectSink sink : sinks) {
            System.arraycopy(sink.cells, 0, distinct, n, sink.cellCount);
            n += sink.cellCount;
            for (int i = 0; i < sink.cellCount; i++) {
                minDay = Math.min(minDay, sink.days[i]);
            }
        }
        Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (d == 0 || distinct[d - 1] != distinct[i]) {
                distinct[d++] = distinct[i];
            }
        }
        long[] distinctCells = Arrays.copyOf(distinct, d);
        distinct = null;
        long[] keys = new long[(int) cellCount];
        n = 0;
        for (CollectSink sink : sinks) {
            for (int i = 0; i < sink.cellCount; i++) {
                long cellRank = Arrays.binarySearch(distinctCells, sink.cells[i]);
                long day = sink.days[i] - minDay;
                if (day >= 1 << DAY_BITS) {
                    throw new IllegalStateException("days span more than " + (1 << DAY_BITS));
                }
                keys[n++] = cellRank << (DAY_BITS + CLIP_BITS) | day << CLIP_BITS | sink.cellClips[i].rank;
            }
            sink.cells = null;
            sink.days = null;
            sink.cellClips = null;
        }
        Arrays.sort(keys);
        double sortSeconds = seconds(phase);
        phase = System.nanoTime();
        List<String[]> dropped = h2DropForLoad(ds);
        log(String.format(Locale.ROOT, "H2: sorted in %.0f s; dropped %d indexes and constraints; inserting", sortSeconds,
                dropped.size()));
        int[] base = { minDay };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> clipsDone = pool.submit(() -> {
            insertClipsAndPoints(ds, rows, sinks);
            return null;
        });
        Future<?> cellsDone = pool.submit(() -> {
            insertCells(ds, keys, distinctCells, base[0], rows);
            return null;
        });
        clipsDone.get();
        cellsDone.get();
        pool.shutdown();
        double insertSeconds = seconds(phase);
        phase = System.nanoTime();
        log(String.format(Locale.ROOT, "H2: inserted in %.0f s; building indexes and constraints", insertSeconds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String[] def : dropped) {
                long t = System.nanoTime();
                s.execute(def[1]);
                log(String.format(Locale.ROOT, "  %s: %.0f s", def[0], seconds(t)));
            }
        }
        double indexSeconds = seconds(phase);
        phase = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE clip_longest SET millis = " + totals.longestMillis.get() + " WHERE id = 1");
            s.execute("ANALYZE");
        }
        totals.phases = String.format(Locale.ROOT,
                "generate %.0f s, sort %.0f s, INSERTs in key order %.0f s, indexes and constraints %.0f s, ANALYZE %.0f s",
                generateSeconds, sortSeconds, insertSeconds, indexSeconds, seconds(phase));
        return totals;
    }

    /** Bits of a place index sort key for the clip's rank and for the day. */
    static final int CLIP_BITS = 24;
    static final int DAY_BITS = 10;

    /**
     * Drops the foreign keys of clip_cell and clip_track_point and the unique constraints and plain indexes of
     * the three tables (primary keys stay); returns {name, statement re-creating it}, indexes before foreign keys.
     */
    static List<String[]> h2DropForLoad(DataSource ds) throws Exception {
        List<String> script = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS TABLE clip, clip_cell, clip_track_point")) {
            while (rs.next()) {
                script.add(rs.getString(1).strip());
            }
        }
        java.util.regex.Pattern index = java.util.regex.Pattern.compile("CREATE (?:UNIQUE )?INDEX (\\S+) ON .*", java.util.regex.Pattern.DOTALL);
        java.util.regex.Pattern constraint = java.util.regex.Pattern.compile(
                "ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) (UNIQUE|FOREIGN KEY).*", java.util.regex.Pattern.DOTALL);
        List<String[]> indexes = new ArrayList<>();
        List<String[]> foreign = new ArrayList<>();
        List<String> dropForeign = new ArrayList<>();
        List<String> dropOther = new ArrayList<>();
        for (String line : script) {
            String statement = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
            var i = index.matcher(statement);
            var k = constraint.matcher(statement);
            if (i.matches()) {
                indexes.add(new String[] { "index " + i.group(1), statement });
                dropOther.add("DROP INDEX " + i.group(1));
            } else if (k.matches()) {
                boolean unique = k.group(3).equals("UNIQUE");
                (unique ? indexes : foreign).add(new String[] {
                        k.group(3).toLowerCase(Locale.ROOT) + " " + k.group(2) + " on " + k.group(1), statement });
                (unique ? dropOther : dropForeign).add("ALTER TABLE " + k.group(1) + " DROP CONSTRAINT " + k.group(2));
            }
        }
        // Foreign keys first (they may rest on the other indexes).
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String drop : dropForeign) {
                s.execute(drop);
            }
            for (String drop : dropOther) {
                s.execute(drop);
            }
        }
        List<String[]> all = new ArrayList<>(indexes);
        all.addAll(foreign);
        return all;
    }

    /** Rows per commit on H2: large enough to keep page rewrites few, small enough for its undo log. */
    static final int H2_COMMIT_ROWS = 200_000;

    static void insertClipsAndPoints(DataSource ds, List<ClipRow> rows, List<CollectSink> sinks) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement clips = c.prepareStatement("""
                        INSERT INTO clip (id, sha256, size_bytes, status, dedup_key, camera_serial, officer_collar, started_at,
                                          ended_at, source, blob_key, received_at, unit_code, category, crime_reference)
                        VALUES (?, ?, ?, 'STORED', ?, ?, ?, ?, ?, 'axis', ?, ?, ?, ?, ?)""");
                PreparedStatement points = c.prepareStatement(
                        "INSERT INTO clip_track_point (clip_id, seq, recorded_at, latitude, longitude) VALUES (?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            int pendingClips = 0;
            int pendingPoints = 0;
            int sinceCommit = 0;
            long started = System.nanoTime();
            for (ClipRow r : rows) {
                String sha = sha(r.id);
                clips.setObject(1, r.id);
                clips.setString(2, sha);
                clips.setLong(3, r.bytes);
                clips.setString(4, sha);
                clips.setString(5, r.camera);
                clips.setString(6, r.collar);
                clips.setObject(7, utc(r.start));
                clips.setObject(8, utc(r.end));
                clips.setString(9, blobKey(r.id, r.start));
                clips.setObject(10, utc(r.received));
                clips.setString(11, r.unit);
                clips.setString(12, r.category);
                clips.setString(13, r.reference);
                clips.addBatch();
                pendingClips++;
                CollectSink sink = r.sink;
                for (int i = 0; i < r.pointCount; i++) {
                    int p = r.firstPoint + i;
                    points.setObject(1, r.id);
                    points.setInt(2, i);
                    points.setObject(3, utc(Instant.ofEpochSecond(sink.pointAt[p])));
                    points.setDouble(4, sink.pointLat[p]);
                    points.setDouble(5, sink.pointLon[p]);
                    points.addBatch();
                    pendingPoints++;
                }
                if (pendingClips >= 1000) {
                    clips.executeBatch();
                    sinceCommit += pendingClips;
                    pendingClips = 0;
                }
                if (pendingPoints >= 5000) {
                    points.executeBatch();
                    sinceCommit += pendingPoints;
                    pendingPoints = 0;
                }
                if (sinceCommit >= H2_COMMIT_ROWS) {
                    clips.executeBatch();
                    points.executeBatch();
                    c.commit();
                    sinceCommit = pendingClips = pendingPoints = 0;
                }
                if (r.rank % 100_000 == 0 && r.rank > 0) {
                    log(String.format(Locale.ROOT, "  H2: %d clips with their points inserted (%.0f s)", r.rank, seconds(started)));
                }
            }
            clips.executeBatch();
            points.executeBatch();
            c.commit();
        }
    }

    static void insertCells(DataSource ds, long[] keys, long[] distinctCells, int minDay, List<ClipRow> rows)
            throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement cells = c.prepareStatement("INSERT INTO clip_cell (cell, bucket_day, clip_id) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            long clipMask = (1L << CLIP_BITS) - 1;
            long dayMask = (1L << DAY_BITS) - 1;
            for (int i = 0; i < keys.length; i++) {
                long k = keys[i];
                cells.setLong(1, distinctCells[(int) (k >>> (DAY_BITS + CLIP_BITS))]);
                cells.setInt(2, minDay + (int) ((k >>> CLIP_BITS) & dayMask));
                cells.setObject(3, rows.get((int) (k & clipMask)).id);
                cells.addBatch();
                if ((i + 1) % 5000 == 0) {
                    cells.executeBatch();
                }
                if ((i + 1) % H2_COMMIT_ROWS == 0) {
                    c.commit();
                }
                if ((i + 1) % 2_000_000 == 0) {
                    log(String.format(Locale.ROOT, "  H2: %d place index rows inserted (%.0f s)", i + 1, seconds(started)));
                }
            }
            cells.executeBatch();
            c.commit();
        }
    }

    /** A generated clip held until it is inserted; its track points are in its sink's arrays. */
    static final class ClipRow {
        final UUID id;
        final String camera;
        final String collar;
        final String unit;
        final Instant start;
        final Instant end;
        final Instant received;
        final String category;
        final String reference;
        final long bytes;
        final CollectSink sink;
        int firstPoint;
        int pointCount;
        int rank;

        ClipRow(UUID id, String camera, String collar, String unit, Instant start, Instant end, Instant received,
                String category, String reference, long bytes, CollectSink sink) {
            this.id = id;
            this.camera = camera;
            this.collar = collar;
            this.unit = unit;
            this.start = start;
            this.end = end;
            this.received = received;
            this.category = category;
            this.reference = reference;
            this.bytes = bytes;
            this.sink = sink;
        }
    }

    /** One generating thread's rows, in memory: clips as objects, points and place index rows in arrays. */
    static final class CollectSink implements Sink {
        private static final AtomicLong WORKERS = new AtomicLong();
        final int worker = (int) WORKERS.getAndIncrement();
        final List<ClipRow> clips = new ArrayList<>();
        long[] pointAt = new long[1 << 16];
        double[] pointLat = new double[1 << 16];
        double[] pointLon = new double[1 << 16];
        int pointCount;
        long[] cells = new long[1 << 16];
        int[] days = new int[1 << 16];
        ClipRow[] cellClips = new ClipRow[1 << 16];
        int cellCount;
        private ClipRow last;

        @Override
        public void clip(UUID id, String camera, String collar, String unit, Instant start, Instant end, Instant received,
                String category, String reference, long bytes) {
            last = new ClipRow(id, camera, collar, unit, start, end, received, category, reference, bytes, this);
            last.firstPoint = pointCount;
            clips.add(last);
        }

        @Override
        public void point(UUID clip, int seq, Instant at, double lat, double lon) {
            if (pointCount == pointAt.length) {
                int size = pointAt.length * 2;
                pointAt = Arrays.copyOf(pointAt, size);
                pointLat = Arrays.copyOf(pointLat, size);
                pointLon = Arrays.copyOf(pointLon, size);
            }
            pointAt[pointCount] = at.getEpochSecond();
            pointLat[pointCount] = lat;
            pointLon[pointCount] = lon;
            pointCount++;
            last.pointCount++;
        }

        @Override
        public void cell(long cell, int day, UUID clip) {
            if (cellCount == cells.length) {
                int size = cells.length * 2;
                cells = Arrays.copyOf(cells, size);
                days = Arrays.copyOf(days, size);
                cellClips = Arrays.copyOf(cellClips, size);
            }
            cells[cellCount] = cell;
            days[cellCount] = day;
            cellClips[cellCount] = last;
            cellCount++;
        }

        @Override
        public void flush() {
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    // --- the searches --------------------------------------------------------------------------------------

    static Map<String, Double> measure(String name, ClipSearches searches, DataSource ds, Samples samples, boolean pg)
            throws Exception {
        Random r = new Random(2026);
        List<String> order = List.of("timeline", "place_time", "reference");
        Map<String, double[]> times = new LinkedHashMap<>();
        Map<String, long[]> hits = new LinkedHashMap<>();
        for (String q : order) {
            times.put(q, new double[RUNS]);
            hits.put(q, new long[1]);
        }
        log(name + ": " + samples.places.size() + " track points and " + samples.references.size()
                + " references to search for; warm-up " + WARMUP + ", then " + RUNS + " runs of each search");
        for (int i = 0; i < WARMUP + RUNS; i++) {
            List<String> shuffled = new ArrayList<>(order);
            Collections.shuffle(shuffled, r);
            for (String q : shuffled) {
                ClipSearch search = search(q, r, samples);
                long t = System.nanoTime();
                int found = searches.search(search, ALL).size();
                double ms = (System.nanoTime() - t) / 1e6;
                if (i >= WARMUP) {
                    times.get(q)[i - WARMUP] = ms;
                    hits.get(q)[0] += found;
                }
            }
        }
        Map<String, Double> p95 = new LinkedHashMap<>();
        System.out.println();
        System.out.printf(Locale.ROOT, "%s, %d runs each after %d warm-up runs (ms):%n", name, RUNS, WARMUP);
        System.out.printf(Locale.ROOT, "  %-11s %8s %8s %8s %8s %8s  %s%n", "query", "p50", "p95", "p99", "max", "mean",
                "clips found per search (mean)");
        for (String q : order) {
            double[] t = times.get(q);
            Arrays.sort(t);
            p95.put(q, pct(t, 95));
            System.out.printf(Locale.ROOT, "  %-11s %8.2f %8.2f %8.2f %8.2f %8.2f  %.1f%n", q, pct(t, 50), pct(t, 95),
                    pct(t, 99), t[t.length - 1], Arrays.stream(t).average().orElse(0), hits.get(q)[0] / (double) RUNS);
        }
        for (String q : order) {
            ClipSearch search = search(q, r, samples);
            ClipSearches.Query query = searches.query(search, ALL);
            System.out.println();
            System.out.println("-- " + name + " plan, " + q + ": " + describe(search));
            try (Connection c = ds.getConnection();
                    PreparedStatement s = c.prepareStatement((pg ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ")
                            + query.sql())) {
                for (int i = 0; i < query.params().size(); i++) {
                    s.setObject(i + 1, query.params().get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
            }
        }
        System.out.println("load average now: " + Files.readString(Path.of("/proc/loadavg")).trim());
        return p95;
    }

    static ClipSearch search(String q, Random r, Samples samples) {
        return switch (q) {
            case "timeline" -> new ClipSearch(CollarNumber.of(collar(r.nextInt(OFFICERS))), null, null, null, null, null,
                    null, null, null, ClipSearch.Sort.STARTED_DESC, 0, 50);
            case "place_time" -> {
                double[] p = samples.places.get(r.nextInt(samples.places.size()));
                Instant at = Instant.ofEpochSecond((long) p[2]).plusSeconds(r.nextInt(7200) - 3600);
                yield new ClipSearch(null, null, null, at.minus(Duration.ofHours(1)), at.plus(Duration.ofHours(1)),
                        new Place(p[0], p[1], 500), null, null, null, ClipSearch.Sort.STARTED_DESC, 0, 50);
            }
            case "reference" -> new ClipSearch(null, null, null, null, null, null, null,
                    samples.references.get(r.nextInt(samples.references.size())), null, ClipSearch.Sort.STARTED_DESC, 0, 50);
            default -> throw new IllegalArgumentException(q);
        };
    }

    static String describe(ClipSearch s) {
        if (s.officer() != null) {
            return "officer " + s.officer().value() + ", newest first, page of " + s.size();
        }
        if (s.place() != null) {
            return String.format(Locale.ROOT, "within %.0f m of %.5f,%.5f between %s and %s", s.place().radiusMetres(),
                    s.place().latitude(), s.place().longitude(), s.from(), s.to());
        }
        return "reference " + s.reference();
    }

    static String sizes(DataSource ds, boolean pg) throws Exception {
        if (!pg) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            try (var files = Files.walk(Path.of(env("BENCH_WORK", "/nonexistent")).resolve("h2"))) {
                long bytes = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".mv.db"))
                        .mapToLong(f -> f.toFile().length()).sum();
                return String.format(Locale.ROOT, "database file %.0f MB", bytes / 1e6);
            }
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class
                        WHERE relname IN ('clip', 'clip_cell', 'clip_track_point') ORDER BY relname""")) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(rs.getString(1)).append(' ').append(rs.getString(2)).append("; ");
            }
            return b + "database " + pgDatabaseSize(c);
        }
    }

    static String pgDatabaseSize(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String version(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void log(String message) {
        System.err.println("[bench " + java.time.LocalTime.now(ZoneOffset.UTC).withNano(0) + "] " + message);
    }
}
