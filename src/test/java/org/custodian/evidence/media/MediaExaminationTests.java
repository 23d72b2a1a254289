package org.custodian.evidence.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import javax.imageio.ImageIO;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.DerivedFootage;
import org.custodian.evidence.Footage;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.ingest.FootageReconciler;
import org.custodian.ingest.Ingest;
import org.custodian.shared.Sha256;
import org.custodian.storage.BlobStore;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.evidence.media.jdbc.MediaRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Runs on H2 here and on PostgreSQL in {@link MediaExaminationPostgresTest}. */
@CustodianTest
class MediaExaminationTests {

    static final Instant FILMED = Instant.parse("2026-11-20T09:00:00Z");

    @Autowired
    MediaRecords mediaRecords;
    @Autowired
    Ingest ingest;
    @Autowired
    MediaExamination examination;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    Footage footage;
    @Autowired
    DerivedFootage derived;
    @Autowired
    BlobStore store;
    @Autowired
    FootageReconciler reconciler;
    @Autowired
    AuditLog audit;
    @Autowired
    MediaProperties properties;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;

    FleetRecords records;
    String camera;

    @BeforeEach
    void aCamera() {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
    }

    @Test
    void readsTheFactsOfARealMp4AndMakesItsPosterAndThumbnailStrip() throws Exception {
        ClipId id = TestClips.dock(ingest, camera, records.officer(), FILMED,
                TestClips.mp4(camera, FILMED, Duration.ofSeconds(3))).clipId();

        ClipMedia media = examination.examine(id);

        assertThat(media.state()).as(media.failure()).isEqualTo(ClipMedia.State.DONE);
        MediaFacts facts = media.facts();
        assertThat(facts.container()).isEqualTo("mp4");
        assertThat(facts.videoCodec()).isEqualTo("h264");
        assertThat(facts.width()).isEqualTo(320);
        assertThat(facts.height()).isEqualTo(240);
        assertThat(facts.frameRate()).isCloseTo(25.0, within(0.01));
        assertThat(facts.audioCodec()).isEqualTo("aac");
        assertThat(facts.audioChannels()).isEqualTo(1);
        assertThat(facts.audioSampleRate()).isEqualTo(48_000);
        assertThat(facts.duration().toMillis()).isBetween(2_900L, 3_200L);
        assertThat(facts.playsInBrowsers()).isTrue();
        assertThat(media.contentType()).isEqualTo("video/mp4");
        assertThat(examination.find(id)).contains(media);

        BufferedImage poster = image(id, ClipMedia.POSTER, media.posterBytes());
        assertThat(poster.getWidth()).isEqualTo(MediaProbe.POSTER_WIDTH);
        assertThat(poster.getHeight()).isEqualTo(480);
        BufferedImage strip = image(id, ClipMedia.THUMBNAILS, media.thumbnailsBytes());
        assertThat(strip.getWidth()).isEqualTo(MediaProbe.THUMBNAIL_WIDTH * MediaExamination.STRIP_FRAMES);
        assertThat(strip.getHeight()).isEqualTo(120);
        assertThat(media.playableBytes()).as("no rendition for a clip browsers play").isNull();
        assertThat(derived.exists(id, ClipMedia.PLAYABLE)).isFalse();
        assertThat(audit.find(AuditQuery.forSubject("clip", id.toString()))).extracting(AuditEntry::action,
                AuditEntry::outcome).contains(org.assertj.core.groups.Tuple.tuple("clip.media-examined", "SUCCEEDED"));
    }

    @Test
    void derivedBlobsAreStoredEncryptedAndTheReconcilerLeavesThemAlone() throws Exception {
        ClipId id = TestClips.dock(ingest, camera, null, FILMED, TestClips.mp4(camera, FILMED, Duration.ofSeconds(2)))
                .clipId();
        ClipMedia media = examination.examine(id);

        byte[] stored;
        try (InputStream in = store.open(DerivedFootage.blobKey(id, ClipMedia.POSTER))) {
            stored = in.readAllBytes();
        }
        byte[] plain;
        try (InputStream in = derived.open(id, ClipMedia.POSTER, media.posterBytes(), 0, media.posterBytes())) {
            plain = in.readAllBytes();
        }
        assertThat(plain).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(plain, 0, 64))).as("the JPEG header in the stored blob").isEqualTo(-1);

        Instant later = Instant.now().plus(Duration.ofHours(3));
        reconciler.reconcile(later);
        reconciler.reconcile(later.plus(Duration.ofHours(3)));

        assertThat(derived.exists(id, ClipMedia.POSTER)).isTrue();
        assertThat(derived.exists(id, ClipMedia.THUMBNAILS)).isTrue();
    }

    @Test
    void makesAPlayableRenditionOfAClipBrowsersCannotPlayAndLeavesTheOriginalAsItWas() throws Exception {
        byte[] original = TestClips.mkvMjpeg(Duration.ofSeconds(2));
        ClipId id = TestClips.dock(ingest, camera, null, FILMED, original).clipId();
        var before = catalogue.require(id);

        ClipMedia media = examination.examine(id);

        assertThat(media.state()).as(media.failure()).isEqualTo(ClipMedia.State.DONE);
        assertThat(media.facts().container()).isEqualTo("matroska");
        assertThat(media.facts().videoCodec()).isEqualTo("mjpeg");
        assertThat(media.facts().audioCodec()).isNull();
        assertThat(media.facts().playsInBrowsers()).isFalse();
        assertThat(media.playableBytes()).isPositive();
        byte[] rendition;
        try (InputStream in = derived.open(id, ClipMedia.PLAYABLE, media.playableBytes(), 0, media.playableBytes())) {
            rendition = in.readAllBytes();
        }
        MediaFacts playable = factsOf(rendition);
        assertThat(playable.container()).isEqualTo("mp4");
        assertThat(playable.videoCodec()).isEqualTo("h264");
        assertThat(playable.width()).isEqualTo(320);
        assertThat(playable.playsInBrowsers()).isTrue();

        byte[] after;
        try (InputStream in = footage.openRange(id, 0, before.sizeBytes())) {
            after = in.readAllBytes();
        }
        assertThat(sha256(after)).isEqualTo(sha256(original)).isEqualTo(before.sha256());
        assertThat(catalogue.require(id)).isEqualTo(before);
    }

    @Test
    void recordsWhyAClipCannotBeReadKeepsTheClipAndStopsRetryingAfterTheLimit() throws Exception {
        byte[] noise = new byte[20_000];
        new Random().nextBytes(noise);
        ClipId id = TestClips.dock(ingest, camera, null, FILMED, noise).clipId();

        // Other tests' clips share the database, so this clip is examined directly rather than waiting its turn;
        // what the background job would pick next is asked of the same query it uses.
        for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
            assertThat(mediaRecords.pending(properties.maxAttempts(), Integer.MAX_VALUE)).contains(id);
            examination.examine(id);
        }
        assertThat(mediaRecords.pending(properties.maxAttempts(), Integer.MAX_VALUE)).doesNotContain(id);

        ClipMedia media = examination.find(id).orElseThrow();
        assertThat(media.state()).isEqualTo(ClipMedia.State.FAILED);
        assertThat(media.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(media.failure()).isNotBlank();
        assertThat(media.facts()).isNull();
        assertThat(catalogue.find(id)).isPresent();
        assertThat(audit.find(AuditQuery.forSubject("clip", id.toString()))).filteredOn(
                e -> e.action().equals("clip.media-examined")).extracting(AuditEntry::outcome).containsOnly("FAILED");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static Sha256 sha256(byte[] bytes) throws Exception {
        return Sha256.of(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private BufferedImage image(ClipId id, String name, Long size) throws IOException {
        assertThat(size).isPositive();
        try (InputStream in = derived.open(id, name, size, 0, size)) {
            return ImageIO.read(in);
        }
    }

    private static MediaFacts factsOf(byte[] bytes) throws IOException {
        try (MediaProbe probe = MediaProbe.open(new InMemoryChannel(bytes), bytes.length)) {
            return probe.facts();
        }
    }

    /** A plaintext held in memory, as the probe's channel. */
    private static final class InMemoryChannel implements java.nio.channels.SeekableByteChannel {
        private final byte[] bytes;
        private long position;

        InMemoryChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(java.nio.ByteBuffer target) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(target.remaining(), bytes.length - position);
            target.put(bytes, (int) position, n);
            position += n;
            return n;
        }

        @Override
        public int write(java.nio.ByteBuffer source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public java.nio.channels.SeekableByteChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public java.nio.channels.SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
