package org.custodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipStatus;
import org.custodian.evidence.Footage;
import org.custodian.evidence.TrackPoint;
import org.custodian.identity.Accounts;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.shared.Sha256;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs on H2 here and on PostgreSQL in {@link IngestPostgresTest}. */
@CustodianTest
class IngestTests {

    @Autowired
    Ingest ingest;
    @Autowired
    FootageReconciler reconciler;
    @Autowired
    Footage footage;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    BlobStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    FleetRecords records;
    String camera;
    String officer;

    @BeforeEach
    void fleet() {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
        officer = records.officer();
    }

    @Test
    void storesAClipEncryptedWithItsHashAttributedToTheNamedOfficer() throws Exception {
        byte[] bytes = Uploads.bytes(2_500_000);

        Received received = ingest.receive(Uploads.of(camera, officer), Uploads.body(bytes), bytes.length);

        assertThat(received.status()).isEqualTo(Received.Status.STORED);
        assertThat(received.sha256()).isEqualTo(Sha256.of(MessageDigest.getInstance("SHA-256").digest(bytes)));
        ClipSummary clip = ingest.clip(received.clipId()).orElseThrow();
        assertThat(clip.sizeBytes()).isEqualTo(bytes.length);
        assertThat(clip.cameraSerial()).isEqualTo(camera);
        assertThat(clip.officerCollar()).isEqualTo(officer);
        assertThat(clip.status()).isEqualTo(ClipStatus.STORED);
        assertThat(clip.startedAt()).isEqualTo(Uploads.STARTED);
        try (InputStream back = footage.openRange(received.clipId(), 0, bytes.length)) {
            assertThat(back.readAllBytes()).isEqualTo(bytes);
        }
        try (InputStream range = footage.openRange(received.clipId(), 1_048_000, 1000)) {
            assertThat(range.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1_048_000, 1_049_000));
        }
        assertThat(actions(received.clipId())).containsExactly("clip.ingested");
        assertThat(meters.get("custodian.ingest.clips").tag("status", "STORED").counter().count()).isPositive();
    }

    @Test
    void theSameBytesUploadedTwiceAreOneClip() throws Exception {
        byte[] bytes = Uploads.bytes(300_000);
        Received first = ingest.receive(Uploads.of(camera, officer), Uploads.body(bytes), bytes.length);
        long blobs = blobCount();

        Received again = ingest.receive(Uploads.of(camera, officer), Uploads.body(bytes), -1);

        assertThat(again.status()).isEqualTo(Received.Status.ALREADY_STORED);
        assertThat(again.clipId()).isEqualTo(first.clipId());
        assertThat(blobCount()).isEqualTo(blobs);
        assertThat(actions(first.clipId())).containsExactly("clip.redocked", "clip.ingested");
    }

    @Test
    void twoDocksRacingWithTheSameBytesMakeOneClip() throws Exception {
        byte[] bytes = Uploads.bytes(3_000_000);
        long blobs = blobCount();
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Received>> docks = Stream.generate(() -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                return ingest.receive(Uploads.of(camera, officer), Uploads.body(bytes), bytes.length);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).limit(2).toList();

        List<Received> results = docks.stream().map(CompletableFuture::join).toList();

        assertThat(results).extracting(Received::clipId).containsOnly(results.get(0).clipId());
        assertThat(results).extracting(Received::status)
                .containsExactlyInAnyOrder(Received.Status.STORED, Received.Status.ALREADY_STORED);
        assertThat(blobCount()).isEqualTo(blobs + 1);
    }

    @Test
    void quarantinesAClipWhoseHashDiffersFromTheDevicesClaim() throws Exception {
        byte[] bytes = Uploads.bytes(100_000);
        Sha256 claimed = Sha256.of(MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3}));

        Received received = ingest.receive(Uploads.claiming(camera, claimed), Uploads.body(bytes), bytes.length);

        assertThat(received.status()).isEqualTo(Received.Status.QUARANTINED);
        assertThat(ingest.clip(received.clipId()).orElseThrow().status()).isEqualTo(ClipStatus.QUARANTINED);
        List<AuditEntry> entries = audit.find(AuditQuery.forSubject("clip", received.clipId().toString()));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("clip.quarantined");
            assertThat(e.reason()).contains(claimed.hex()).contains(received.sha256().hex());
        });
        Received again = ingest.receive(Uploads.claiming(camera, claimed), Uploads.body(bytes), bytes.length);
        assertThat(again).isEqualTo(received);
    }

    @Test
    void aMatchingDeviceHashIsStored() throws Exception {
        byte[] bytes = Uploads.bytes(100_000);
        Sha256 claimed = Sha256.of(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(ingest.receive(Uploads.claiming(camera, claimed), Uploads.body(bytes), bytes.length).status())
                .isEqualTo(Received.Status.STORED);
    }

    @Test
    void attributesToWhoeverHeldTheCameraWhenRecordingStarted() throws Exception {
        String earlier = records.officer();
        String later = records.officer();
        Instant handover = Instant.parse("2026-11-01T12:00:00Z");
        records.held(camera, earlier, handover.minus(Duration.ofDays(2)), handover);
        records.held(camera, later, handover, null);

        assertThat(officerOf(Uploads.at(camera, handover.minusSeconds(60), handover.minusSeconds(1)))).isEqualTo(earlier);
        assertThat(officerOf(Uploads.at(camera, handover, handover.plusSeconds(60)))).isEqualTo(later);
        assertThat(officerOf(Uploads.at(camera, handover.minus(Duration.ofDays(3)), null))).isNull();
    }

    @Test
    void refusesUnknownCamerasAndOfficersAndImpossibleTimesBeforeReadingTheBody() throws Exception {
        long blobs = blobCount();
        long clips = clipCount();
        Instant now = Instant.now();

        assertThatThrownBy(() -> ingest.receive(Uploads.of("CAM-NOT-IN-FLEET", null), Uploads.unreadable(), 10))
                .isInstanceOf(UnknownCameraException.class).hasMessageContaining("CAM-NOT-IN-FLEET");
        assertThatThrownBy(() -> ingest.receive(Uploads.of(camera, "PC0000000"), Uploads.unreadable(), 10))
                .isInstanceOf(UnknownOfficerException.class);
        assertThatThrownBy(() -> ingest.receive(Uploads.at(camera, Uploads.STARTED, Uploads.STARTED), Uploads.unreadable(), 10))
                .isInstanceOf(ImpossibleRecordingTimeException.class).hasMessageContaining("no duration");
        assertThatThrownBy(() -> ingest.receive(Uploads.at(camera, Uploads.STARTED, Uploads.STARTED.minusSeconds(5)),
                Uploads.unreadable(), 10)).isInstanceOf(ImpossibleRecordingTimeException.class);
        assertThatThrownBy(() -> ingest.receive(Uploads.at(camera, now.plus(Duration.ofDays(2)), null),
                Uploads.unreadable(), 10)).isInstanceOf(ImpossibleRecordingTimeException.class);
        assertThatThrownBy(() -> ingest.receive(Uploads.at(camera, Instant.parse("1999-12-31T23:00:00Z"), null),
                Uploads.unreadable(), 10)).isInstanceOf(ImpossibleRecordingTimeException.class);

        assertThat(blobCount()).isEqualTo(blobs);
        assertThat(clipCount()).isEqualTo(clips);
    }

    @Test
    void aTruncatedOrOverlongBodyStoresNothing() throws Exception {
        long blobs = blobCount();
        long clips = clipCount();
        byte[] bytes = Uploads.bytes(2_200_000);

        assertThatThrownBy(() -> ingest.receive(Uploads.of(camera, officer), Uploads.body(bytes), bytes.length + 1))
                .isInstanceOf(UploadLengthMismatchException.class).hasMessageContaining("ended after 2200000");
        assertThatThrownBy(() -> ingest.receive(Uploads.of(camera, officer),
                new SequenceInputStream(Uploads.body(bytes), Uploads.body(new byte[1])), bytes.length))
                .isInstanceOf(UploadLengthMismatchException.class);

        assertThat(blobCount()).isEqualTo(blobs);
        assertThat(clipCount()).isEqualTo(clips);
    }

    @Test
    void keepsTracksAndBookmarksWithTheClip() throws Exception {
        ClipId clip = ingest.receive(Uploads.of(camera, officer), Uploads.body(Uploads.bytes(1000)), 1000).clipId();
        List<TrackPoint> track = List.of(new TrackPoint(Uploads.STARTED, 51.5, -0.12),
                new TrackPoint(Uploads.STARTED.plusSeconds(1), 51.5001, -0.1201));
        Bookmark bookmark = new Bookmark(Uploads.STARTED.plusSeconds(30), null, "Suspect detained", "arrest", null);

        ingest.attachTrack(clip, track);
        ingest.attachTrack(clip, track);
        ingest.attachBookmark(clip, bookmark);
        ingest.attachBookmark(clip, bookmark);

        assertThat(catalogue.track(clip)).isEqualTo(track);
        assertThat(catalogue.bookmarks(clip)).containsExactly(bookmark);
        assertThat(actions(clip)).containsExactly("clip.bookmarked", "clip.track-attached", "clip.track-attached",
                "clip.ingested");
    }

    @Test
    void refusesAnUploadBeyondTheSlotsUntilOneIsReleased() {
        List<UploadSlot> taken = new java.util.ArrayList<>();
        try {
            assertThatThrownBy(() -> {
                while (true) {
                    taken.add(ingest.acquireSlot());
                }
            }).isInstanceOfSatisfying(IngestBusyException.class,
                    e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
            assertThat(taken).hasSize(64);
            assertThat(meters.get("custodian.ingest.uploads.in.progress").gauge().value()).isEqualTo(64);
            taken.remove(0).close();
            taken.add(ingest.acquireSlot());
        } finally {
            taken.forEach(UploadSlot::close);
        }
    }

    @Test
    void theReconcilerRemovesABlobWithoutAClipButNotOneWithIt() throws Exception {
        ClipId kept = ingest.receive(Uploads.of(camera, officer), Uploads.body(Uploads.bytes(1000)), 1000).clipId();
        BlobKey referenced = BlobKey.of(jdbc.sql("SELECT blob_key FROM clip WHERE id = ?").param(kept.value())
                .query(String.class).single());
        Instant now = Instant.now();
        BlobKey orphan = BlobKey.of(Footage.dayPrefix(now) + ClipId.random());
        store.put(orphan, Uploads.body(new byte[] {1, 2, 3}), 3);

        reconciler.reconcile(now);
        assertThat(store.exists(orphan)).as("seen once, within the grace period").isTrue();
        reconciler.reconcile(now.plus(Duration.ofMinutes(59)));
        assertThat(store.exists(orphan)).isTrue();
        reconciler.reconcile(now.plus(Duration.ofMinutes(61)));

        assertThat(store.exists(orphan)).isFalse();
        assertThat(store.exists(referenced)).isTrue();
        assertThat(audit.find(AuditQuery.forSubject("blob", orphan.value()))).extracting(AuditEntry::action)
                .containsExactly("footage.orphan-deleted");
    }

    private String officerOf(Upload upload) throws Exception {
        byte[] bytes = Uploads.bytes(500);
        return ingest.clip(ingest.receive(upload, Uploads.body(bytes), bytes.length).clipId()).orElseThrow()
                .officerCollar();
    }

    private List<String> actions(ClipId clip) {
        return audit.find(AuditQuery.forSubject("clip", clip.toString())).stream().map(AuditEntry::action).toList();
    }

    private long blobCount() throws Exception {
        try (Stream<BlobKey> keys = store.list(Footage.PREFIX)) {
            return keys.count();
        }
    }

    private long clipCount() {
        return jdbc.sql("SELECT COUNT(*) FROM clip").query(Long.class).single();
    }
}
