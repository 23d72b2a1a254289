package org.custodian.evidence.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.custodian.evidence.ClipId;
import org.custodian.evidence.Footage;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.Received;
import org.custodian.ingest.Upload;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Examining clips takes a core for seconds at a time; while footage is docking, and for a quiet period after
 * the last upload, it waits, so docks at shift change keep every core, but never for longer than
 * {@code custodian.media.longest-deferral}.
 */
@CustodianTest
@Import(MovableClock.Config.class)
class MediaGivesWayToDockingTest {

    static final Instant FILMED = Instant.parse("2030-01-01T08:00:00Z");

    @Autowired
    Ingest ingest;
    @Autowired
    MediaExamination examination;
    @Autowired
    Footage footage;
    @Autowired
    MovableClock clock;
    @Autowired
    MediaProperties properties;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;

    @Test
    void waitsWhileFootageIsDockingButNoLongerThanTheLongestDeferral() throws Exception {
        clock.set(FILMED.plus(Duration.ofHours(4)));
        FleetRecords records = new FleetRecords(fleet, custody, accounts);
        String camera = records.camera();
        ClipId waiting = TestClips.dock(ingest, camera, null, FILMED,
                TestClips.mp4(camera, FILMED, Duration.ofSeconds(1))).clipId();

        HeldBody held = new HeldBody(4 << 20);
        CompletableFuture<Received> docking = CompletableFuture.supplyAsync(() -> {
            try {
                return ingest.receive(new Upload(camera, null, FILMED.plusSeconds(600), FILMED.plusSeconds(660), "test",
                        null, "held.mp4", null, null, Map.of()), held, held.length);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(held.started.await(30, TimeUnit.SECONDS)).as("the held upload started").isTrue();
        assertThat(footage.isDocking(properties.quietAfterDocking())).isTrue();

        assertThat(examination.examinePending()).as("a pass while footage docks").isZero();
        assertThat(examination.find(waiting)).isEmpty();
        clock.advance(properties.longestDeferral().minusSeconds(1));
        assertThat(examination.examinePending()).as("a pass just before the longest deferral").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(examination.examinePending()).as("a pass once examination has waited long enough").isPositive();
        assertThat(examination.find(waiting)).hasValueSatisfying(
                media -> assertThat(media.state()).isEqualTo(ClipMedia.State.DONE));

        held.release.countDown();
        ClipId docked = docking.get(60, TimeUnit.SECONDS).clipId();
        assertThat(examination.examinePending()).as("a pass just after the last upload").isZero();
        clock.advance(properties.quietAfterDocking());
        assertThat(footage.isDocking(properties.quietAfterDocking())).isFalse();
        assertThat(examination.examinePending()).as("a pass once docking is over").isPositive();
        assertThat(examination.find(docked)).isPresent();
    }

    /** A body that sends its first half, then waits to be released before sending the rest. */
    static final class HeldBody extends InputStream {
        final long length;
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private long sent;

        HeldBody(long length) {
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (sent >= length) {
                return -1;
            }
            if (sent >= length / 2) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            int n = (int) Math.min(count, Math.min(64 * 1024, (sent < length / 2 ? length / 2 : length) - sent));
            Arrays.fill(buffer, offset, offset + n, (byte) (sent % 251));
            sent += n;
            return n;
        }
    }
}
